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
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from types import MappingProxyType
from typing import Any

import fluent.runtime.resolver
from babel import Locale
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast, visitor
from fluent.runtime.types import FluentFloat, FluentInt, FluentNumber, fluent_number

log = logging.getLogger(__name__)

SOURCE = "en"
LANGUAGES = ("en", "es", "fr", "pl", "ar")  # shipped, English first
RIGHT_TO_LEFT = frozenset({"ar"})
LOCALES = Path(__file__).resolve().parent / "locales"
SEPARATOR = "__"  # a mapping's or a tuple's entry: NAME__key (NAME__0, NAME__1: a tuple)

# Fluent refuses a value longer than 2,500 characters (a guard against hostile
# translations); ours are reviewed, and a member's words or a long list may be longer.
fluent.runtime.resolver.MAX_PART_LENGTH = 1_000_000  # type: ignore[attr-defined]

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


class Signed(FluentFloat):
    """A number with its sign always written and two decimals: +0.25, -0.10."""

    def format(self, locale: Locale) -> str:
        written = super().format(locale)
        return written if self < 0 else f"+{written}"


def _signed(number: Any) -> FluentNumber:
    return Signed(float(number), minimumFractionDigits=2, maximumFractionDigits=2)


FUNCTIONS = {"SIGNED": _signed}


class Text(str):
    """A text in one language: as a `str`, its words (values shown as `{name}`);
    `.format(**values)` its words with the values, formatted with Fluent."""

    _bundle: FluentBundle
    _pattern: Any
    key: str

    def __new__(cls, shown: str, bundle: FluentBundle, pattern: Any, key: str) -> Text:
        text = super().__new__(cls, shown)
        text._bundle, text._pattern, text.key = bundle, pattern, key
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


def _fluent(values: Mapping[str, object]) -> dict[str, Any]:
    """Values as Fluent takes them: whole numbers without grouping (ids, counts)."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, bool):
            out[name] = str(value)
        elif isinstance(value, int) and not isinstance(value, FluentInt):
            out[name] = fluent_number(value, useGrouping=False)
        elif value is None:
            out[name] = ""
        else:
            out[name] = value
    return out


Entry = Text | Mapping[str, Any] | tuple[Any, ...]


class Catalogue:
    """One module's texts in one language: its Fluent bundle, and its messages' syntax."""

    def __init__(self, lang: str, source: str) -> None:
        self.lang = lang
        self.bundle = FluentBundle([lang], functions=FUNCTIONS, use_isolating=lang in RIGHT_TO_LEFT)
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
        shown, _ = self.bundle.format_pattern(
            message.value, {v: "{" + v + "}" for v in self.variables(message_id)}
        )
        return Text(str(shown), self.bundle, message.value, message_id)


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


def _freeze(node: Any) -> Entry:
    if isinstance(node, Text):
        return node
    if node and all(k.isdigit() for k in node):
        return tuple(_freeze(node[k]) for k in sorted(node, key=int))
    return MappingProxyType({k: _freeze(v) for k, v in node.items()})


CATALOGUES = Catalogues()


def text(module: str, name: str) -> Entry:
    """A module's text `name` in the language being spoken (a module's `__getattr__`)."""
    lang = _speaking.get()
    try:
        return CATALOGUES.entries(lang, module)[name]
    except KeyError:
        raise AttributeError(f"texts.{module} has no text {name}") from None
