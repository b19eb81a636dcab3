"""Sentiment per language (issue 19): each language read by its own analyser, "unknown" for a
language with none (no sentiment rule, no follow-up, no invitation), answers read in the
session language they are written in, and the flow check's warning. Figures on hand-written
sets: bench/sentiment_languages.py and bench/language_id.py."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

import dialogs
from dialogs.checks import sentiment_warnings
from dialogs.engagement import CHAMPION, FOLLOWUP, Said, after_answer
from dialogs.language_id import detect, dominant_script, language_of
from dialogs.loader import check_flow_text
from dialogs.rehearse import rehearse
from dialogs.sentiment import Sentiment, analyse, analyse_answer, analysers, classify

NOW = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
RULES = dialogs.parse_flow("title: T\nsteps:\n  - {id: a, kind: text, prompt: A}\n", "t.yaml")


def mood(text: str, language: str) -> str:
    return classify(analyse(text, language), RULES.engagement)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Le parc est magnifique", "fr", "positive"),
        ("J'adore les nouveaux bancs, ils sont très confortables", "fr", "positive"),
        ("Les chemins sont sales et dangereux la nuit", "fr", "negative"),
        ("L'éclairage est mauvais", "fr", "negative"),
        ("Je viens le dimanche", "fr", "neutral"),
        ("The paths are dirty and dangerous at night", "en", "negative"),
        ("The park is beautiful in spring", "en-GB", "positive"),  # a tag, as Telegram gives it
        ("Le parc est magnifique", "FR", "positive"),
    ],
)
def test_each_language_is_read_by_its_own_analyser(text, language, expected) -> None:
    assert mood(text, language) == expected


def test_english_is_read_as_before() -> None:
    for text in ("I don't feel safe here at night", "Thanks, lovely!", "Could be better"):
        assert analyse(text) == analyse(text, "en") == analyse(text, "en-US")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ścieżki są brudne i niebezpieczne w nocy", "pl"),
        ("Los caminos están sucios y son peligrosos de noche", "es"),
        ("الممرات متسخة وخطيرة في الليل", "ar"),
        ("The paths are dirty", "xx"),  # even English words, in a language no analyser reads
        ("Brakuje ławek", "pl-PL"),
    ],
)
def test_a_language_with_no_analyser_is_unknown(text, language) -> None:
    assert analyse(text, language) == Sentiment(0.0, 0.0, known=False)
    assert mood(text, language) == "unknown"


def test_the_languages_with_an_analyser_are_listed() -> None:
    assert {"en", "fr"} <= analysers()
    assert not {"es", "pl", "ar"} & analysers()


def test_a_missing_package_means_no_analyser(monkeypatch) -> None:
    monkeypatch.setattr(dialogs.sentiment, "installed", lambda language: False)
    assert analysers() == frozenset({"en"})
    assert analyse("Le parc est magnifique", "fr").known is False
    assert analyse("The park is lovely", "en").known is True


def test_empty_text_is_neutral_in_a_language_with_an_analyser() -> None:
    assert analyse("", "fr") == Sentiment(0.0, 0.0)
    assert analyse("  ", "pl") == Sentiment(0.0, 0.0, known=False)


def test_an_unknown_answer_matches_no_sentiment_branch() -> None:
    flow = dialogs.parse_flow(
        "title: T\nlanguage: pl\nsteps:\n"
        "  - id: how\n    kind: text\n    prompt: Jak?\n    next:\n"
        "      - {sentiment: negative, goto: sorry}\n"
        "      - {sentiment: neutral, goto: sorry}\n"
        "      - {sentiment: positive, goto: sorry}\n"
        "      - {default: rest}\n"
        "  - {id: sorry, kind: message, prompt: Przykro nam}\n"
        "  - {id: rest, kind: message, prompt: Dzięki}\n",
        "pl.yaml",
    )
    state = dialogs.start(flow, NOW).state
    read = partial(analyse, language="pl")
    outcome = dialogs.handle(flow, state, dialogs.TextEvent("Okropne, brudne"), NOW, sentiment=read)
    assert outcome.answer is not None and outcome.answer.sentiment == Sentiment(0, 0, known=False)
    said = [r.text for r in outcome.replies]
    assert any("Dzięki" in t for t in said) and not any("Przykro" in t for t in said)


def _said(words: str, language: str) -> Said:
    return Said("a", "text", words, classify(analyse(words, language), RULES.engagement))


def test_no_engagement_rule_fires_on_an_unknown_answer() -> None:
    flow = dialogs.parse_flow(
        "title: T\nengagement: {min_words: 0}\nsteps:\n"
        "  - {id: a, kind: text, prompt: A}\n  - {id: b, kind: proposal, prompt: B}\n",
        "t.yaml",
    )
    polish = _said("Wszędzie psie kupy, okropne i brudne", "pl")
    assert polish.mood == "unknown"
    plan = after_answer(
        flow, answered=polish, waiting="b", moods=["unknown"], proposed=True, held=(), now=NOW
    )
    assert [p.kind for p in plan.hold if p.kind in (FOLLOWUP, CHAMPION)] == []
    assert plan.void_kinds == (), "an unknown answer does not void an invitation either"
    french = _said("Les toilettes sont sales et dégoûtantes", "fr")
    assert french.mood == "negative"
    plan = after_answer(
        flow, answered=french, waiting="b", moods=["negative"], proposed=True, held=(), now=NOW
    )
    assert [p.kind for p in plan.hold if p.kind == FOLLOWUP] == [FOLLOWUP]
    praise = _said("Le parc est magnifique", "fr")
    plan = after_answer(
        flow, answered=praise, waiting="b", moods=["positive", "unknown"], proposed=True,
        held=(), now=NOW,
    )  # fmt: skip
    assert [p.kind for p in plan.hold if p.kind == CHAMPION] == [CHAMPION]


@pytest.mark.parametrize(
    ("text", "allowed", "expected"),
    [
        ("Los caminos están sucios y son peligrosos de noche", ("es", "fr"), "es"),
        ("Les chemins sont sales et dangereux la nuit", ("es", "fr"), "fr"),
        ("Ścieżki są brudne i niebezpieczne w nocy", ("en", "pl"), "pl"),
        ("The paths are dirty and dangerous at night", ("en", "pl", "fr", "es"), "en"),
        ("الممرات متسخة", ("en", "ar"), "ar"),  # one script, one language: no model needed
        ("Fine", ("en", "ar"), "en"),
        ("Les chemins sont sales et dangereux la nuit", ("en-GB", "fr-CA"), "fr"),
    ],
)
def test_detect_tells_the_session_language_an_answer_is_in(text, allowed, expected) -> None:
    assert detect(text, allowed) == expected


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        ("الممرات متسخة", ("en", "fr")),  # no allowed language writes in that script
        ("Tak", ("en", "pl")),  # too short to tell
        ("Park", ("en", "pl")),
        ("Super!", ("fr", "pl")),
        ("👍", ("en", "fr")),  # no letters
        ("2026", ("en", "fr")),
        ("", ("en", "fr")),
        ("Les chemins sont sales", ()),
        ("Les chemins sont sales et dangereux", ("fr", "tlh")),  # a code the model lacks
    ],
)
def test_detect_says_none_when_it_cannot_tell(text, allowed) -> None:
    assert detect(text, allowed) is None


def test_detect_answers_only_with_an_allowed_language() -> None:
    text = "Les chemins sont sales et dangereux la nuit"
    for allowed in (("en", "es"), ("es", "pl"), ("en", "pl", "es")):
        assert detect(text, allowed) in (*allowed, None)
    assert detect(text, ("en", "ar")) == "en", "the only Latin-script language allowed"


def test_the_script_of_a_text_is_that_of_most_of_its_letters() -> None:
    assert dominant_script("الممرات متسخة ok") == "ARABIC"
    assert dominant_script("Łódź 👍") == "LATIN"
    assert dominant_script("こんにちは世界") == "CJK"
    assert dominant_script("👍 2026!") is None


def test_an_answer_is_read_in_the_language_it_is_written_in() -> None:
    session = ("en", "fr")
    french = "Les toilettes sont dégoûtantes et les chemins dangereux"
    assert language_of(french, session, assumed="en") == "fr"
    assert analyse_answer(french, languages=session, assumed="en") == analyse(french, "fr")
    assert language_of("ok", session, assumed="fr-FR") == "fr", "too short: the member's"
    polish = "Ścieżki są brudne i niebezpieczne w nocy"
    assert analyse_answer(polish, languages=("en", "pl"), assumed="en").known is False


def test_flows_check_warns_of_a_language_no_analyser_reads() -> None:
    assert sentiment_warnings(["en", "fr", "en-GB"]) == []
    [polish, arabic] = map(str, sentiment_warnings(["pl", "ar", "pl-PL"]))
    assert polish.startswith("no sentiment analyser reads 'pl' here") and "'ar'" in arabic
    assert "no follow-up" in polish and "en, fr" in polish
    source = "title: T\nlanguage: pl\nsteps:\n  - {id: a, kind: text, label: Jak, prompt: 'Jak?'}\n"
    [warning] = check_flow_text(source, "pl.yaml")
    assert (warning.line, warning.warning) == (2, True)
    assert "'pl'" in warning.message
    assert check_flow_text(source.replace("language: pl", "language: fr"), "fr.yaml") == []


def test_a_rehearsal_reads_answers_in_the_flow_language() -> None:
    source = "title: T\nlanguage: {}\nsteps:\n  - {{id: a, kind: text, label: A, prompt: 'A?'}}\n"
    for language, expected in (("fr", "(negative)"), ("pl", "(unknown)")):
        flow = dialogs.parse_flow(source.format(language), "t.yaml")
        script = iter(["Les toilettes sont sales et dégoûtantes"])
        out: list[str] = []
        rehearse(flow, lambda s=script: next(s, None), out.append, lambda: NOW)
        assert expected in "\n".join(out), language
