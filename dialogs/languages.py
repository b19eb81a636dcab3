"""A flow in several languages: which it declares, and its texts written once in each.

A flow declares `languages: [en, es]` (the first is the default; `language: xx` alone is
`languages: [xx]`). Every text a member reads is then either a string (a flow in one
language) or a mapping with one string per declared language (the flow's `title` and
`description`, which organisers read, may stay one string for all):

    prompt:
      en: How often do you visit the park?
      es: ¿Con qué frecuencia visitas el parque?

`split` reads the raw file (before validation) into one plain copy per language, each
text replaced by its string in that language, and names every text missing in a declared
language, every language not declared, and every text whose placeholders differ from the
default language's. The loader then validates each copy as a flow of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from string import Formatter
from typing import Any

from dialogs.check_texts import said
from texts.i18n import Said

Path = tuple[str | int, ...]
Problem = tuple[Path, Said]

CODE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")
MAX_LANGUAGES = 12  # one /language button each
DEFAULT = "en"

HEAD_TEXTS = ("closing",)
# what organisers read (/flows): one string for every language, or one per language (then
# every language needs its own, as any text)
SHARED_TEXTS = ("title", "description")
ENGAGEMENT_TEXTS = ("reminder_text", "followup_text", "elaboration_text", "champion_text")
STEP_TEXTS = ("prompt", "label", "min_label", "max_label")
OPTION_TEXTS = ("label",)


def declared(data: dict[str, Any]) -> tuple[tuple[str, ...], list[Problem]]:
    """The languages a raw flow declares (the default first) and what is wrong with how it
    declares them. A flow that declares none is in English."""
    if "languages" not in data:
        one = data.get("language", DEFAULT)
        return ((one,) if isinstance(one, str) and CODE.fullmatch(one) else (DEFAULT,)), []
    raw = data["languages"]
    problems: list[Problem] = []
    if "language" in data:
        problems.append((("language",), said("LANGUAGE_ALONE")))
    if not isinstance(raw, tuple) or not raw:
        return (DEFAULT,), [(("languages",), said("LANGUAGES_LIST"))]
    codes: list[str] = []
    for index, code in enumerate(raw):
        if not isinstance(code, str) or not CODE.fullmatch(code):
            problems.append((("languages", index), said("LANGUAGE_CODE", code=repr(code))))
        elif code in codes:
            problems.append((("languages", index), said("LANGUAGE_TWICE", code=code)))
        else:
            codes.append(code)
    if len(raw) > MAX_LANGUAGES:
        problems.append((("languages",), said("LANGUAGES_AT_MOST", most=MAX_LANGUAGES)))
    return tuple(codes) or (DEFAULT,), problems


def text_paths(data: Any) -> Iterator[Path]:
    """Where a raw flow keeps the texts members read (only where the file has them)."""
    if not isinstance(data, dict):
        return
    yield from ((key,) for key in (*SHARED_TEXTS, *HEAD_TEXTS) if key in data)
    engagement = data.get("engagement")
    if isinstance(engagement, dict):
        yield from (("engagement", key) for key in ENGAGEMENT_TEXTS if key in engagement)
        variants = engagement.get("variants")
        for name, texts in (variants if isinstance(variants, dict) else {}).items():
            if isinstance(texts, dict):
                yield from (
                    ("engagement", "variants", name, key)
                    for key in ENGAGEMENT_TEXTS
                    if key in texts
                )
    steps = data.get("steps")
    for i, step in enumerate(steps if isinstance(steps, tuple) else ()):
        if not isinstance(step, dict):
            continue
        yield from (("steps", i, key) for key in STEP_TEXTS if key in step)
        variants = step.get("variants")  # segment name -> prompt
        if isinstance(variants, dict):
            yield from (("steps", i, "variants", name) for name in variants)
        options = step.get("options")
        for j, option in enumerate(options if isinstance(options, tuple) else ()):
            if isinstance(option, dict):
                yield from (
                    ("steps", i, "options", j, key) for key in OPTION_TEXTS if key in option
                )


def split(data: Any, languages: tuple[str, ...]) -> tuple[dict[str, Any], list[Problem]]:
    """One copy of the raw flow per language, each text in that language (a missing one
    stands in with the default's, so the rest of the file is still checked), and the
    problems of its texts."""
    problems: list[Problem] = []
    picked: dict[Path, dict[str, Any]] = {}
    for path in text_paths(data):
        versions = _versions(_get(data, path), path, languages, problems)
        problems += _placeholders_differ(versions, path, languages)
        picked[path] = versions
    above = {path[:i] for path in picked for i in range(len(path))}
    copies = {code: _copy(data, (), picked, above, code) for code in languages}
    return copies, problems


def _copy(node: Any, path: Path, picked: dict, above: set[Path], code: str) -> Any:
    """`node` with each text at or under `path` in language `code`; what holds no text is
    shared, not copied (one pass over the file a language)."""
    if path in picked:
        return picked[path][code]
    if path not in above:
        return node
    if isinstance(node, dict):
        return {key: _copy(value, (*path, key), picked, above, code) for key, value in node.items()}
    return tuple(_copy(item, (*path, i), picked, above, code) for i, item in enumerate(node))


def _versions(
    value: Any, path: Path, languages: tuple[str, ...], problems: list[Problem]
) -> dict[str, Any]:
    field = str(path[-1])
    default = languages[0]
    if not isinstance(value, dict):
        if isinstance(value, str) and len(languages) > 1 and path not in _SHARED:
            others = ", ".join(languages[1:])
            problems.append(
                (path, said("TEXT_PLAIN", field=field, others=others, first=default,
                            second=languages[1]))
            )  # fmt: skip
        return {language: value for language in languages}
    for code in value:
        if code not in languages:
            problems.append(
                ((*path, code), said("TEXT_UNDECLARED", field=field, code=str(code),
                                     languages=", ".join(languages)))
            )  # fmt: skip
    missing = [language for language in languages if language not in value]
    if missing:
        problems.append((path, said("TEXT_MISSING", field=field, missing=", ".join(missing))))
    stand_in = value.get(default, next(iter(value.values()), None))
    return {language: value.get(language, stand_in) for language in languages}


_SHARED = {(key,) for key in SHARED_TEXTS}


def _placeholders_differ(
    versions: dict[str, Any], path: Path, languages: tuple[str, ...]
) -> Iterator[Problem]:
    default = languages[0]
    expected = names_in(versions[default])
    if expected is None:
        return
    for language in languages[1:]:
        found = names_in(versions[language])
        if found is not None and found != expected and versions[language] is not versions[default]:
            yield (
                (*path, language),
                said("PLACEHOLDERS_DIFFER", field=str(path[-1]), language=language,
                     found=_shown(found), default=default, expected=_shown(expected)),
            )  # fmt: skip


def names_in(text: Any) -> frozenset[str] | None:
    """The placeholders a text uses; None for what is not a text or does not parse (its own
    check says why)."""
    if not isinstance(text, str):
        return None
    try:
        return frozenset(name for _, name, _, _ in Formatter().parse(text) if name is not None)
    except ValueError:
        return None


def _shown(names: frozenset[str]) -> str | Said:
    return ", ".join(f"{{{name}}}" for name in sorted(names)) if names else said("NO_PLACEHOLDER")


def _get(data: Any, path: Path) -> Any:
    for part in path:
        data = data[part]
    return data


def match(wanted: str | None, offered: tuple[str, ...]) -> str | None:
    """The offered language `wanted` (a Telegram `language_code` such as `es` or `pt-br`)
    asks for: the same code, else the same language (`pt-br` for `pt`, `pt` for `pt-br`)."""
    if not wanted:
        return None
    code = wanted.strip().replace("_", "-").lower()
    by_lower = {language.lower(): language for language in offered}
    if code in by_lower:
        return by_lower[code]
    base = code.split("-", 1)[0]
    if base in by_lower:
        return by_lower[base]
    return next((language for language in offered if language.lower().split("-")[0] == base), None)
