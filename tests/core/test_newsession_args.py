"""/newsession's words as a person writes them: several words need no quotes, quotes of
any kind are taken off, options may come in any order."""

from __future__ import annotations

import pytest

from usecases.parsing import ArgsError, NewSession, parse_newsession


@pytest.mark.parametrize(
    ("args", "title", "flow", "community"),
    [
        ("Elm Park redesign", "Elm Park redesign", None, None),
        ("Elm Park --flow park_redesign", "Elm Park", "park_redesign", None),
        (
            "Riverside Garden --flow community_garden --community Riverside allotments",
            "Riverside Garden",
            "community_garden",
            "Riverside allotments",
        ),
        (
            "Riverside Garden --community Riverside allotments --flow community_garden",
            "Riverside Garden",
            "community_garden",
            "Riverside allotments",
        ),
        ('Beds --community "Rose Lane allotment"', "Beds", None, "Rose Lane allotment"),
        ("“Spring planting” --community “Rose Lane”", "Spring planting", None, "Rose Lane"),
        ("‘Spring planting’ —community «Rose Lane»", "Spring planting", None, "Rose Lane"),
        ("Children's garden --community St Mary's", "Children's garden", None, "St Mary's"),
        ('Gate "A -- B" --flow=park_redesign', "Gate A -- B", "park_redesign", None),
        ("  Oak   Square  --community  Oak  Square  ", "Oak Square", None, "Oak Square"),
        ("Oak Square --FLOW park_redesign", "Oak Square", "park_redesign", None),
        ('"Unclosed quote --community Oak', '"Unclosed quote', None, "Oak"),
    ],
)
def test_newsession_arguments(args, title, flow, community) -> None:
    assert parse_newsession(args) == NewSession(title, flow, community)


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        ("", "usage"),
        ("   ", "usage"),
        ("--flow park_redesign", "usage"),
        ('""', "usage"),
        ("Title --flow", "no_value"),
        ("Title --community --flow park_redesign", "no_value"),
        ("Title --colour green", "unknown_option"),
        ("Title --flow a --flow b", "twice"),
        ("Title --flow park redesign", "flow_words"),
    ],
)
def test_newsession_arguments_it_cannot_read(args, reason) -> None:
    with pytest.raises(ArgsError) as caught:
        parse_newsession(args)
    assert caught.value.reason == reason


@pytest.mark.parametrize(
    ("args", "languages"),
    [
        ("Elm --languages en,es", ("en", "es")),
        ("Elm --languages es, en --flow park_redesign", ("es", "en")),
        ("Elm --languages=pl ar pl", ("pl", "ar")),
        ("Elm --languages pt-BR", ("pt-BR",)),
        ("Elm", ()),
    ],
)
def test_languages_are_codes_in_order(args: str, languages: tuple[str, ...]) -> None:
    assert parse_newsession(args).languages == languages


@pytest.mark.parametrize("typed", ["Elm --languages English", "Elm --languages en;es"])
def test_languages_that_are_not_codes_are_refused(typed: str) -> None:
    with pytest.raises(ArgsError) as error:
        parse_newsession(typed)
    assert error.value.reason == "languages"
