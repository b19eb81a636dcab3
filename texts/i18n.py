"""The catalogues at run time: every text in the language being spoken.

Each module of `texts` (and `dialogs/texts.py`) declares its texts' names and types; their
words are in Fluent files, `texts/locales/<language>/<module>.ftl`, English the source.
Reading `texts.members.WELCOME_NO_CODE` gives a `Text` in the language being spoken now
(`speaking(...)`, a context variable the use-case runner sets to the actor's language and
a use case to each recipient's as it writes to them): a `str`, whose `.format(**values)`
formats with Fluent (plurals by the language's CLDR rules, numbers by Babel). A text a
language lacks is the English one. The files are read once, on first use; a lookup is a
dictionary read.

Numbers given to `.format` are written without grouping (1234, never 1,234: they are
often ids); a catalogue asks for more with NUMBER() (`style: "percent"`) or SIGNED() (a
sign and two decimals). Arabic is written with isolation marks around each value (so a
Latin title or a number keeps its place in right-to-left text; the shell's `clean` drops
them from what people send back); the other languages without.

This module imports nothing from the project (tests/test_layers.py)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

import fluent.runtime.resolver
from babel import Locale
from babel.dates import format_date, format_time, get_datetime_format
from babel.lists import format_list
from babel.numbers import format_decimal, format_percent
from babel.units import format_unit
from fluent.runtime import FluentBundle
from fluent.runtime.resolver import CurrentEnvironment, ResolverEnvironment
from fluent.runtime.types import FluentFloat, FluentInt, FluentType
from fluent.runtime.utils import native_to_fluent
from fluent.syntax import FluentParser, ast, visitor

log = logging.getLogger(__name__)

SOURCE = "en"
LANGUAGES = ("en", "es", "fr", "pl", "ar")  # shipped, English first
RIGHT_TO_LEFT = frozenset({"ar"})
LOCALES = Path(__file__).resolve().parent / "locales"
SEPARATOR = "__"  # a mapping's or a tuple's entry: NAME__key (NAME__0, NAME__1: a tuple)

# Fluent refuses a value longer than 2,500 characters (a guard against hostile
# translations); ours are reviewed, and a member's words or a long list may be longer.
fluent.runtime.resolver.MAX_PART_LENGTH = 1_000_000

STRICT = False  # tests: a text formatted without one of its values raises (else: logged)

_speaking: ContextVar[str] = ContextVar("speaking", default=SOURCE)


class TextError(ValueError):
    """A text formatted without a value it needs, or with a value it cannot use."""


def shipped(language: str | None) -> str | None:
    """The shipped language a language tag names ("es", "es-AR", "pt_BR"...), or None."""
    if not language:
        return None
    tag = language.strip().replace("_", "-").lower()
    primary = tag.split("-")[0]
    return primary if primary in LANGUAGES else None


def language() -> str:
    """The language being spoken now."""
    return _speaking.get()


@contextmanager
def speaking(lang: str | None) -> Iterator[str]:
    """Texts read inside are in `lang` (a shipped language; else English)."""
    chosen = shipped(lang) or SOURCE
    token = _speaking.set(chosen)
    try:
        yield chosen
    finally:
        _speaking.reset(token)


def set_language(lang: str | None) -> None:
    """Speak `lang` from now on in this context (the runner's call, a worker's task)."""
    _speaking.set(shipped(lang) or SOURCE)


def words(text: str) -> set[str]:
    """A catalogue's list of words a person may type ("continue, done, next"), casefolded."""
    return {w.strip().casefold() for w in text.split(",") if w.strip()}


def _locale() -> str:
    """The language being spoken as Babel's locale: English is British ("a, b and c",
    "4 May 2026")."""
    lang = _speaking.get()
    return "en_GB" if lang == "en" else lang


def listed(items: Sequence[str]) -> str:
    """Items as the language lists them: "a, b and c", "a, b y c", "a, b i c"."""
    return format_list(list(items), locale=_locale()) if items else ""


SHORT_DATE = "dd MMM y"  # a CLDR pattern, one for every language: "04 May 2026", "04 may 2026"


def short_date(moment: date) -> str:
    """A day as chat messages write it: "04 May 2026", "04 may 2026", "04 maj 2026"."""
    return format_date(moment, SHORT_DATE, locale=_locale())


def long_date(moment: date) -> str:
    """A day as the language writes it in prose: "4 May 2026", "4 de mayo de 2026",
    "4 maja 2026"."""
    return format_date(moment, "long", locale=_locale())


def long_date_time(moment: datetime, zone_name: str = "") -> str:
    """A moment as the language writes it in prose, with its zone named: "4 May 2026, 10:00
    UTC", "4 de mayo de 2026, 10:00 UTC"."""
    glue = str(get_datetime_format("medium", locale=_locale()))  # "{1}, {0}": date, time
    shown = glue.replace("{1}", long_date(moment)).replace("{0}", format_time(moment, "HH:mm"))
    return f"{shown} {zone_name}".rstrip()


UNITS = {"day": "duration-day", "hour": "duration-hour", "minute": "duration-minute"}


def amount_of(n: int, unit: str) -> str:
    """A number of days, hours or minutes in words: "3 days", "3 días", "3 dni"."""
    return format_unit(n, UNITS[unit], length="long", locale=_locale())


SIGNED = "+0.00;-0.00"  # a CLDR pattern: the sign always written, two decimals


def percent(share: float) -> str:
    """A share as the language writes a percentage: 50%, 50 %."""
    return format_percent(share, locale=_speaking.get())


def signed(number: float) -> str:
    """A number with its sign and two decimals: +0.25, -0,10."""
    return format_decimal(number, SIGNED, locale=_speaking.get())


class Signed(FluentFloat):
    """SIGNED() in a catalogue: `signed` in the catalogue's language."""

    def format(self, locale: Locale) -> str:
        return format_decimal(float(self), SIGNED, locale=locale)


def _signed(number: Any) -> FluentType:
    return Signed(float(number))


FUNCTIONS: dict[str, Callable[[Any], FluentType]] = {"SIGNED": _signed}


class Text(str):
    """A text in one language: as a `str`, its words (values shown as `{name}`);
    `.format(**values)` its words with the values, formatted with Fluent."""

    _bundle: FluentBundle
    _pattern: Any
    key: str
    names: tuple[str, ...]  # the values it takes

    def __new__(
        cls, shown: str, bundle: FluentBundle, pattern: Any, key: str, names: tuple[str, ...] = ()
    ) -> Text:
        text = super().__new__(cls, shown)
        text._bundle, text._pattern, text.key, text.names = bundle, pattern, key, names
        return text

    def format(self, *args: object, **values: object) -> str:
        if args:
            raise TextError(f"{self.key}: texts take named values only")
        written, errors = self._bundle.format_pattern(self._pattern, _fluent(values))
        if errors:
            problem = f"{self.key} ({self._bundle.locales[0]}): {errors}"
            if STRICT:
                raise TextError(problem)
            log.warning("text %s", problem)
        return str(written)


class Whole(FluentInt):
    """A whole number as Fluent takes it, written without grouping (an id, a count): 1234
    in every shipped language (all write Latin digits), without Babel's number formatting
    (a third of a format's time)."""

    def format(self, locale: Locale) -> str:
        return str(int(self)) if not self.options.useGrouping else super().format(locale)


def _fluent(values: Mapping[str, object]) -> dict[str, Any]:
    """Values as Fluent takes them: whole numbers without grouping (ids, counts)."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, bool):
            out[name] = str(value)
        elif isinstance(value, int) and not isinstance(value, FluentInt):
            out[name] = Whole(value, useGrouping=False)
        elif value is None:
            out[name] = ""
        elif isinstance(value, str):
            out[name] = value
        else:
            out[name] = native_to_fluent(value)
    return out


class Bundle(FluentBundle):
    """A Fluent bundle whose `format_pattern` takes values `_fluent` made (Fluent's own
    would convert every whole number again, into one written by Babel)."""

    def format_pattern(self, pattern: Any, args: dict[str, Any] | None = None) -> Any:
        errors: list[Exception] = []
        env = ResolverEnvironment(
            context=self, current=CurrentEnvironment(args=args or {}), errors=errors
        )
        try:
            result = pattern(env)
        except ValueError as exc:
            errors.append(exc)
            result = "{???}"
        return result, errors


Entry = Text | Mapping[str, Any] | tuple[Any, ...]


class Catalogue:
    """One module's texts in one language: its Fluent bundle, and its messages' syntax."""

    def __init__(self, lang: str, source: str) -> None:
        self.lang = lang
        self.bundle = Bundle([lang], functions=FUNCTIONS, use_isolating=lang in RIGHT_TO_LEFT)
        resource = FluentParser().parse(source)
        self.bundle.add_resource(resource)
        self.messages = {m.id.name: m for m in resource.body if isinstance(m, ast.Message)}

    def variables(self, message_id: str) -> list[str]:
        """The variables a message uses, its references' included, in order."""
        found: list[str] = []
        seen = {message_id}
        messages = self.messages

        class Finder(visitor.Visitor):
            def visit_VariableReference(self, node: ast.VariableReference) -> None:
                if node.id.name not in found:
                    found.append(node.id.name)

            def visit_MessageReference(self, node: ast.MessageReference) -> None:
                name = node.id.name
                if name not in seen and name in messages:
                    seen.add(name)
                    self.visit(messages[name])

        Finder().visit(messages[message_id])
        return found

    def text(self, message_id: str) -> Text:
        message = self.bundle.get_message(message_id)
        assert message.value is not None  # every message has words, no attributes alone
        names = tuple(self.variables(message_id))
        placeholders = {v: "{" + v + "}" for v in names}
        shown, _ = self.bundle.format_pattern(message.value, placeholders)
        return Text(str(shown), self.bundle, message.value, message_id, names)


class Catalogues:
    """The catalogues of every shipped language, each read on first use."""

    def __init__(self, root: Path = LOCALES) -> None:
        self.root = root
        self._catalogues: dict[tuple[str, str], Catalogue] = {}
        self._entries: dict[tuple[str, str], dict[str, Entry]] = {}

    def catalogue(self, lang: str, module: str) -> Catalogue:
        key = (lang, module)
        if key not in self._catalogues:
            path = self.root / lang / f"{module}.ftl"
            source = path.read_text(encoding="utf-8") if path.exists() else ""
            self._catalogues[key] = Catalogue(lang, source)
        return self._catalogues[key]

    def entries(self, lang: str, module: str) -> dict[str, Entry]:
        """The module's texts in `lang` by Python name: a `Text`, or a read-only mapping or
        tuple of them (ids NAME__key); English where `lang` lacks one."""
        key = (lang, module)
        if key not in self._entries:
            self._entries[key] = self._build(lang, module)
        return self._entries[key]

    def _build(self, lang: str, module: str) -> dict[str, Entry]:
        english = self.catalogue(SOURCE, module)
        own = self.catalogue(lang, module)
        tree: dict[str, Any] = {}
        for message_id in english.messages:
            *path, last = message_id.split(SEPARATOR)
            node = tree
            for part in path:
                node = node.setdefault(part, {})
            node[last] = (own if message_id in own.messages else english).text(message_id)
        return {name: _freeze(value) for name, value in tree.items()}

    def warm_up(self) -> None:
        """Read the English catalogues now (a quarter of a second), not while the first
        member waits: every language falls back on them. Another language's are read when
        someone first reads it (a tenth of a second at most, once; all five languages at
        once would hold 30 MiB more)."""
        for path in sorted((self.root / SOURCE).glob("*.ftl")):
            self.entries(SOURCE, path.stem)


def _freeze(node: Any) -> Entry:
    if isinstance(node, Text):
        return node
    if node and all(k.isdigit() for k in node):
        return tuple(_freeze(node[k]) for k in sorted(node, key=int))
    return MappingProxyType({k: _freeze(v) for k, v in node.items()})


CATALOGUES = Catalogues()


@dataclass(frozen=True)
class Said:
    """A text to say later, in the language spoken then: a module's message (NAME, or
    NAME__key) and its values, a value itself a `Said` or plain. `str()` says it; two are
    equal when they would say the same in any language. For what is found long before it
    is shown, and shown to people of several languages (a flow file's problems)."""

    module: str
    name: str
    values: tuple[tuple[str, Any], ...] = ()

    def __str__(self) -> str:
        lang = _speaking.get()
        entries = CATALOGUES.entries(lang, self.module)
        *path, last = self.name.split(SEPARATOR)
        entry: Any = entries[path[0]] if path else entries[last]
        for part in [*path[1:], last] if path else []:
            entry = entry[part]
        values = {k: str(v) if isinstance(v, Said) else v for k, v in self.values}
        return str(entry.format(**values))

    def __lt__(self, other: Said) -> bool:
        return str(self) < str(other)


def text(module: str, name: str) -> Entry:
    """A module's text `name` in the language being spoken (a module's `__getattr__`)."""
    lang = _speaking.get()
    try:
        return CATALOGUES.entries(lang, module)[name]
    except KeyError:
        raise AttributeError(f"texts.{module} has no text {name}") from None
