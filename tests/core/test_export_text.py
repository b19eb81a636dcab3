"""What the export files do to members' words (nothing, but make hidden characters visible
and formulas inert), pseudonyms, the figures' arithmetic, and the writers keeping memory
flat."""

from __future__ import annotations

import csv
import io
import json
import tracemalloc
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

import texts.reports
from reports.cells import csv_cell, json_text, markdown, markdown_inline, visible
from reports.figures import divisiveness, funnel, mood_of
from reports.localtimes import LocalTimes
from reports.pseudonyms import Labels, Scrub, keep, pseudonym
from reports.writers import JsonWriter, Shown, write_csv, write_markdown
from storage.exports import Tally
from storage.stats import FunnelCounts


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("=1+1", "'=1+1"),
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+31 6 1234", "'+31 6 1234"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tindent", "'\tindent"),
        ("\r=cmd", "'<U+000D>=cmd"),
        ("plain words", "plain words"),
        ("a = b + c", "a = b + c"),
        ("שלום עליכם 🎉 مرحبا", "שלום עליכם 🎉 مرحبا"),
        ("two\nlines", "two\nlines"),
        ("windows\r\nline", "windows\nline"),
        ("evil\u202egnp.exe", "evil<U+202E>gnp.exe"),
        ("\u2066isolate\u2069", "<U+2066>isolate<U+2069>"),
        ("bell\x07 and esc\x1b[31m", "bell<U+0007> and esc<U+001B>[31m"),
        ("line\u2028sep", "line<U+2028>sep"),
        ("", ""),
    ],
)
def test_csv_cells(text: str, cell: str) -> None:
    assert csv_cell(text) == cell


def test_a_row_with_every_trick_is_still_one_row() -> None:
    tricky = 'he said "hi",\n=2+2\r\n\u202eok, then\x00'
    out = io.StringIO()
    csv.writer(out).writerow([1, csv_cell(tricky), "x"])
    [row] = list(csv.reader(io.StringIO(out.getvalue())))
    assert row == ["1", 'he said "hi",\n=2+2\n<U+202E>ok, then<U+0000>', "x"]


def test_json_keeps_the_text_exactly_and_hides_nothing() -> None:
    text = "rtl \u202e and \u2028 and \x85 and 🎉 שלום"
    encoded = json_text({"text": text})
    assert json.loads(encoded) == {"text": text}
    assert "\u202e" not in encoded and "\u2028" not in encoded and "\x85" not in encoded
    assert "🎉 שלום" in encoded


def test_markdown_shows_text_as_itself() -> None:
    assert markdown("# not a heading\n- not a list\n[a](http://b) <i>x</i> *y*") == (
        "> \\# not a heading\n> \\- not a list\n> \\[a\\](http://b) \\<i\\>x\\</i\\> \\*y\\*"
    )
    assert markdown("one\n\ntwo") == "> one\n>\n> two"
    assert markdown_inline("a\nb  c_d") == "a b c\\_d"
    assert visible("ok 🎉") == "ok 🎉"


def test_pseudonyms_are_stable_per_session_and_say_nothing() -> None:
    assert pseudonym("salt-a", 7) == pseudonym("salt-a", 7)
    assert pseudonym("salt-a", 7) != pseudonym("salt-b", 7)
    assert pseudonym("salt-a", 7) != pseudonym("salt-a", 8)
    alias = pseudonym("salt-a", 7)
    assert alias.startswith("m-") and len(alias) == 10 and "7" not in alias[2:3]
    assert len({pseudonym("s", m) for m in range(5000)}) == 5000
    named = Labels("s", {7: ("Alice", "alice"), 8: ("", None)})
    assert named(7) == "Alice @alice" and named(8) == pseudonym("s", 8), "erased: no name"
    assert Labels("s")(None) == ""


def tally(id_: int, agree: int, disagree: int, passed: int = 0) -> Tally:
    return Tally(id_, 1, "t", datetime(2026, 5, 4, tzinfo=UTC), False, False, agree, disagree,
                 passed, number=id_)  # fmt: skip


def test_the_figures() -> None:
    stages = funnel(FunnelCounts(10, 8, 1, 7, 4, 3, 5))
    assert [(s.name, s.count, s.share) for s in stages][:2] == [
        ("joined", 10, 1.0),
        ("consented", 8, 0.8),
    ]
    assert funnel(FunnelCounts(0, 0, 0, 0, 0, 0, 0))[0].share is None
    assert [divisiveness(tally(1, a, d)) for a, d in [(10, 8), (3, 3), (50, 5), (9, 0)]] == [
        6.4, 3.0, 0.5, 0.0,
    ]  # fmt: skip
    mood = mood_of(-0.2, 0.4)
    assert [mood(p) for p in (None, -0.5, -0.2, 0.4, 0.41)] == [
        "", "negative", "neutral", "neutral", "positive",
    ]  # fmt: skip


def test_the_stats_text_shows_the_latest_moods() -> None:
    from dialogs.opinions import Groups
    from reports.figures import SessionStats
    from reports.summaries import mood_lines
    from storage.stats import Mood

    moods = [Mood(f"2026-05-{d:02d}", 3, 0.1, 0, 1) for d in range(1, 21)]
    stats = SessionStats("T", "c", "open", "f", 1, [], [], moods, False, [],
                         Groups("too_few_votes", 0, 0))  # fmt: skip
    lines = mood_lines(stats)
    assert lines[1] == "• … and 8 earlier (in the chart and in codesign report)"
    assert lines[2].startswith("• 2026-05-09: 3 texts") and len(lines) == 14


def rows(n: int):
    start = datetime(2026, 5, 4, tzinfo=UTC)
    for i in range(n):
        text = f"message {i} " + "words " * 20
        yield (i, start + timedelta(seconds=i), "in", i % 50, "why", "text", text, 0.1)


def test_writers_keep_memory_flat() -> None:
    """20,000 rows through each writer: Python allocations stay far below the output."""

    class Counting(io.TextIOBase):
        size = 0

        def write(self, text: str) -> int:  # count, keep nothing
            self.size += len(text)
            return len(text)

    people = {m: (f"Name{m} Surname{m}", f"user{m}", 5550000 + m) for m in range(50)}
    assert texts.reports.COLUMNS  # the catalogue is read once, before the rows are counted
    hiding = Shown(str, Scrub(people, lambda m: f"m-{m}"), LocalTimes(ZoneInfo("Europe/Lisbon")))
    for write in (
        lambda out: write_csv(out, rows(20_000), hiding, mood_of(-0.2, 0.4)),
        lambda out: write_markdown(out, "# s\n", rows(20_000), hiding, mood_of(-0.2, 0.4)),
        lambda out: JsonWriter(out).field("t", (list(r[:3]) for r in rows(20_000))),
    ):
        out = Counting()
        tracemalloc.start()
        write(out)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert out.size > 800_000 and peak < 200_000, (out.size, peak)


def test_the_json_writer_writes_json() -> None:
    out = io.StringIO()
    with JsonWriter(out) as doc:
        doc.field("a", 1)
        doc.field("empty", iter([]))
        doc.field("list", iter([{"x": "🎉"}, 2]))
        doc.grouped("by", iter([("s1", 1), ("s1", 2), ("s2", 3)]))
        doc.grouped("none", iter([]))
    assert json.loads(out.getvalue()) == {
        "a": 1,
        "empty": [],
        "list": [{"x": "🎉"}, 2],
        "by": {"s1": [1, 2], "s2": [3]},
        "none": {},
    }


def test_the_report_describes_the_groups_and_fetches_nothing() -> None:
    import re

    from dialogs.opinions import opinion_groups
    from reports.figures import SessionStats
    from reports.repness import describe
    from reports.report import render
    from reports.report_data import ReportData
    from tests.core.test_opinions import planted

    votes, _ = planted(2, strength=1.0, seen=1.0)
    groups = opinion_groups(votes)
    tallies = [tally(p, *(sum(v == x for m, q, v in votes if q == p)
                          for x in ("agree", "disagree", "pass"))) for p in range(10)]  # fmt: skip
    stats = SessionStats("Elm <Park>", "c", "open", "f", 36, [], [], [], False, tallies, groups,
                         {1: "m-abc"}, described=describe(votes, groups.groups))  # fmt: skip
    out = io.StringIO()
    made = datetime(2026, 5, 4, tzinfo=UTC)
    render(ReportData(stats=stats, community="Elm", made_at=made, zone=UTC), out)
    page = out.getvalue()
    assert "Elm &lt;Park&gt;" in page and "<Park>" not in page
    words = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert "3 groups of members who vote alike (A: 12, B: 12, C: 12)" in words
    assert "Group A (12 members) stands apart on:" in words
    assert "#8 “t”: B agreed, 12 of 12, 100%; the other groups 0 of 24, 0%" in words
    assert "#1 “t”: every group disagreed (A 12 of 12, 100%; B 12 of 12, 100%; C 12" in words
    assert not re.search(r"https?://|<script|<link|url\(|src=", page.split("</style>")[1])


PEOPLE = {
    1: ("Maria Okonkwo", "maria_ok", 5550001234),
    2: ("Will de la Cruz", "wdlc", 5550002345),
    3: ("Ana", None, 5550003456),
    4: ("Ǆemal İnce", None, 5550004567),
}


def hide(text: str) -> str:
    return Scrub(PEOPLE, lambda m: f"m-{m}")(text)


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Ask Maria Okonkwo to run it", "Ask m-1 to run it"),
        ("ask maria okonkwo, she knows", "ask m-1, she knows"),  # the whole name: any case
        ("MARIA said so; Okonkwo too", "m-1 said so; m-1 too"),
        ("thanks maria", "thanks maria"),  # one word of a name in lower case: left
        ("Maria's idea", "m-1's idea"),
        ("Mariana and Marias", "Mariana and Marias"),  # whole words only
        ("ping @maria_ok or MARIA_OK", "ping m-1 or m-1"),
        ("my id is 5550001234.", "my id is m-1."),
        ("15550001234 is not an id", "15550001234 is not an id"),
        ("I will come; Will came", "I will come; m-2 came"),  # "will": a word, not him
        ("de la Cruz said", "de la m-2 said"),  # particles stay
        ("Will de la Cruz said", "m-2 said"),
        ("Ana and Anatomy", "m-3 and Anatomy"),
        ("İnce and Ǆemal", "m-4 and m-4"),
        ("ǆemal İNCE came", "m-4 came"),
        ("nothing to hide here", "nothing to hide here"),
        ("", ""),
    ],
)
def test_names_usernames_and_ids_are_hidden_in_text(text: str, hidden: str) -> None:
    assert hide(text) == hidden
    assert keep(text) == text


def test_times_for_spreadsheets_on_the_sessions_clock() -> None:
    lisbon = LocalTimes(ZoneInfo("Europe/Lisbon"))
    assert lisbon.header("joined") == "joined (Europe/Lisbon)"
    assert lisbon(datetime(2026, 12, 3, 14, 5, 7, 123456)) == "2026-12-03 14:05:07"  # winter
    assert lisbon(datetime(2026, 5, 4, 10, 0)) == "2026-05-04 11:00:00"  # summer time
    assert lisbon(datetime(2026, 5, 4, 10, 0, tzinfo=UTC)) == "2026-05-04 11:00:00"
    assert lisbon(None) == ""
    # the night the clocks go back (25 October 2026, 01:00 UTC): each UTC time its own offset
    assert [lisbon(datetime(2026, 10, 25, 0, m)) for m in (0, 59)] == [
        "2026-10-25 01:00:00", "2026-10-25 01:59:00",
    ]  # fmt: skip
    assert lisbon(datetime(2026, 10, 25, 1, 0)) == "2026-10-25 01:00:00"
    kathmandu = LocalTimes(ZoneInfo("Asia/Kathmandu"))  # +05:45
    assert kathmandu(datetime(2026, 5, 4, 10, 0)) == "2026-05-04 15:45:00"
