"""The shareable report as a document, from plain values (issue 17, part 6): its sections,
the parts filled by other features (results per question, themes, outcomes), charts only
where there is enough to draw, ranking that never puts a proposal in both lists, and a
section added to the list."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from dialogs.opinions import Groups, opinion_groups
from reports.figures import SessionStats, funnel
from reports.markup import Part
from reports.report import SECTIONS, render
from reports.report_data import (
    Choice,
    Outcome,
    QuestionResult,
    Quote,
    ReportData,
    Theme,
    Themes,
)
from reports.report_sections import RANK_FROM, standing
from storage.exports import Tally
from storage.stats import FunnelCounts, Mood
from tests.core.test_opinions import planted

NOW = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)


def tally(number: int, agree: int, disagree: int, passed: int = 0, hidden: bool = False) -> Tally:
    return Tally(number, 1, f"proposal {number}", NOW, hidden, False, agree, disagree, passed,
                 number=number)  # fmt: skip


def stats(
    proposals: list[Tally] | None = None, moods: list[Mood] | None = None, groups=None
) -> SessionStats:
    return SessionStats(
        "Elm <Park>", "c0de", "open", "park", 10, funnel(FunnelCounts(10, 9, 1, 8, 6, 4, 7)),
        [], moods or [], False, proposals or [], groups or Groups("too_few_votes", 0, 0),
        {1: "m-abcd2345"},
    )  # fmt: skip


def page(data: ReportData, sections=SECTIONS) -> str:
    out = io.StringIO()
    render(data, out, sections)
    return out.getvalue()


def data(**kwargs) -> ReportData:
    return ReportData(**{"stats": stats(), "community": "", "made_at": NOW, "zone": UTC, **kwargs})


def test_groups_are_described_and_the_page_fetches_nothing() -> None:
    votes, _ = planted(2, strength=1.0, seen=1.0)
    counted = [tally(p, *(sum(v == x for m, q, v in votes if q == p)
                          for x in ("agree", "disagree", "pass"))) for p in range(10)]  # fmt: skip
    shown = page(data(stats=stats(counted, groups=opinion_groups(votes))))
    assert '<h1 dir="auto">Elm &lt;Park&gt;</h1>' in shown
    assert "<p>3 groups of members who vote alike (A: 12, B: 12, C: 12).</p>" in shown
    assert not re.search(r"https?://|<script|<link|url\(|<img|src=", shown)
    assert '<section id="groups">' in shown


def test_a_dot_or_two_of_tone_is_no_chart() -> None:
    moods = [Mood("2026-05-04", 3, 0.2, 0, 1), Mood("2026-05-05", 2, -0.3, 1, 0)]
    few = page(data(stats=stats(moods=moods)))
    assert "Not enough data yet to show the tone over time." in few
    assert 'class="chart"' not in few
    assert "5 things members wrote, read for their tone:" in few
    more = page(data(stats=stats(moods=[*moods, Mood("2026-05-06", 4, 0.5, 0, 3)])))
    chart = re.search(r'<svg class="chart".*?</svg>', more, re.S)
    assert chart is not None, "three days: a line, with its axis"
    assert ">positive</text>" in chart.group() and ">negative</text>" in chart.group()
    assert ">2026-05-04</text>" in chart.group() and ">2026-05-06</text>" in chart.group()


def test_fewer_than_five_votes_are_not_ranked() -> None:
    shown = page(data(stats=stats([tally(1, 3, 1), tally(2, 0, 0)])))
    assert f"Not enough votes to rank proposals yet: it takes {RANK_FROM} votes" in shown
    assert "3 of 4 agreed, 75% · 1 disagreed · 0 passed · not enough votes to rank" in shown
    assert "No votes yet." in shown
    assert "Most agreed" not in shown


tallies = st.lists(
    st.builds(
        tally,
        st.integers(1, 50),
        st.integers(0, 30),
        st.integers(0, 30),
        st.integers(0, 10),
        st.booleans(),
    ),
    max_size=30,
    unique_by=lambda t: t.number,
)


@given(tallies)
def test_no_proposal_is_both_most_agreed_and_most_divisive(proposals: list[Tally]) -> None:
    agreed, split = standing(proposals)
    assert not {p.number for p in agreed} & {p.number for p in split}
    for p in [*agreed, *split]:
        assert p.votes >= RANK_FROM and not p.hidden
    for p in agreed:
        assert p.agree > p.disagree


def test_the_optional_parts_show_only_when_given() -> None:
    plain = page(data())
    for key in ("results", "themes", "outcomes"):
        assert f'id="{key}"' not in plain
    given_all = page(
        data(
            mood=lambda polarity: "" if polarity is None else "negative",
            questions=(
                QuestionResult("How often?", "choice", 4, 1,
                               (Choice("Most days", 3), Choice("Rarely", 1))),
                QuestionResult("Pick any", "choice", 4, counts=(Choice("Walking", 4),),
                               multiple=True),
                QuestionResult("How safe?", "scale", 4,
                               counts=tuple(Choice(str(n), n == 4) for n in range(1, 6)),
                               mean=3.5, median=4),
                QuestionResult("One change?", "text", 2,
                               quotes=(Quote("Lights please", "m-abcd2345", "positive"),)),
                QuestionResult("Anything else?", "feedback", 0),
            ),
            themes=Themes(25, (Theme("lights, dark", 12, -0.4, (Quote("Too dark", "m-x"),)),)),
            outcomes=(
                Outcome(1, "Lights by the pond", "done", "Installed in June", NOW,
                        (Choice("Yes", 5), Choice("No", 1)), (Quote("I walk there now"),)),
            ),
        )
    )  # fmt: skip
    results = re.search(r'<section id="results">.*?</section>', given_all, re.S)
    assert results is not None
    text = results.group()
    assert "4 answered, 1 skipped" in text and "3 of 4, 75%" in text and "1 of 4, 25%" in text
    assert "the shares add up to more than 100%" in text
    assert "Average 3.5, middle answer 4." in text
    assert "Lights please" in text and "m-abcd2345 · positive" in text
    assert "Nobody has answered yet." in text
    assert "12 of 25 answers · negative" in given_all and "Too dark" in given_all
    assert "Installed in June" in given_all and ">done</span>" in given_all
    assert "5 of 6, 83%" in given_all and "I walk there now" in given_all
    assert given_all.index('id="results"') < given_all.index('id="themes"')
    assert given_all.index('id="themes"') < given_all.index('id="proposals"')
    assert "The organisers have not recorded" in page(data(outcomes=()))


def test_proposals_all_moderated_out() -> None:
    shown = page(data(stats=stats([tally(1, 3, 1, hidden=True)])))
    assert "0 proposals from members, with 0 votes. 1 proposal was moderated out" in shown
    assert "Every proposal" not in shown and "Not enough votes" not in shown


def test_a_section_is_one_function_in_the_list() -> None:
    def budget(r: ReportData) -> Part:
        return Part("budget", "The budget", f"<p>{r.stats.members} members, £5,000</p>")

    shown = page(data(), [*SECTIONS[:1], budget])
    assert '<section id="budget">\n<h2>The budget</h2>\n<p>10 members, £5,000</p>' in shown
    assert '<li><a href="#budget">The budget</a></li>' in shown
    assert 'id="proposals"' not in shown
