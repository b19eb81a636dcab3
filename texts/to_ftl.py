"""Python texts into the English catalogue: `python -m texts.to_ftl [module ...]`.

A text is written, as before, as a constant of a texts module (`texts/members.py`,
`dialogs/texts.py`...): `NAME = "Hello {name}!"`, a dict of them, or a tuple of them. This
command moves each such constant into `texts/locales/en/<module>.ftl` as Fluent (`{name}`
becomes `{ $name }`, `{share:.0%}` `{ NUMBER($share, style: "percent") }`, `{mean:+.2f}`
`{ SIGNED($mean) }`; a dict's entries become NAME__key, a tuple's NAME__0, NAME__1...) and
leaves in the module the name and its type (`NAME: Text`), which is what code reads. It can
be run again at any time, for instance after merging a branch that added or changed texts:

- a new constant is added to the English file (after the one before it) and, marked
  "needs translation", to the other languages' files, in English until translated;
- a constant whose English differs from what it was last converted from (kept in
  `texts/locales/sources.json`) replaces the English message, and each translation of it
  is marked "needs translation"; one that did not change leaves the catalogue as it is, so
  hand edits of the English (plurals: `{ $n -> [one] ... *[other] ... }`) stay.

Each converted message is checked: formatted with sample values it must read as the
Python text did. tests/core/test_catalogues.py fails while a mark or a missing message is
left."""

from __future__ import annotations

import argparse
import ast
import json
import re
import string
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, FluentSerializer
from fluent.syntax import ast as ftl

from texts.i18n import FUNCTIONS, LANGUAGES, LOCALES, SEPARATOR, SOURCE

ROOT = Path(__file__).resolve().parent.parent
MODULES = {
    "members": ROOT / "texts" / "members.py",
    "organisers": ROOT / "texts" / "organisers.py",
    "polls": ROOT / "texts" / "polls.py",
    "proposals": ROOT / "texts" / "proposals.py",
    "reports": ROOT / "texts" / "reports.py",
    "shell": ROOT / "texts" / "shell.py",
    "commands": ROOT / "texts" / "commands.py",
    "outcomes": ROOT / "texts" / "outcomes.py",
    "themes": ROOT / "texts" / "themes.py",
    "report": ROOT / "texts" / "report.py",
    "reach": ROOT / "texts" / "reach.py",
    "targeting": ROOT / "texts" / "targeting.py",
    "dialogs": ROOT / "dialogs" / "texts.py",
    "flowcheck": ROOT / "dialogs" / "check_texts.py",
    "segments": ROOT / "texts" / "segments.py",
    "rules": ROOT / "dialogs" / "segment_texts.py",
}
SOURCES = LOCALES / "sources.json"
MARK = "# needs translation"
NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
KEY = re.compile(r"^[A-Za-z0-9_-]+$")
HEADER = '''{mapping}from texts.i18n import Text, text


def __getattr__(name: str) -> object:
    """Each text in the language being spoken (`texts.i18n`); words in locales/*/{module}.ftl."""
    return text("{module}", name)

'''


class ConversionError(ValueError):
    pass


# -- Python format strings as Fluent patterns ---------------------------------------------


def _literal(value: str) -> ftl.Placeable:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\u000A")
    return ftl.Placeable(ftl.StringLiteral(escaped))


def _text_elements(text: str, at_line_start: bool, last: bool) -> list[Any]:
    """Literal text, with what Fluent would read as syntax written as string literals:
    braces, a line's leading or trailing blanks, and `[`, `*`, `.` starting a line."""
    out: list[Any] = []
    buffer = ""

    def flush() -> None:
        nonlocal buffer
        if buffer:
            out.append(ftl.TextElement(buffer))
            buffer = ""

    i = 0
    while i < len(text):
        ch = text[i]
        if at_line_start and ch in " \t":
            j = i
            while j < len(text) and text[j] in " \t":
                j += 1
            flush()
            out.append(_literal(text[i:j]))
            i, at_line_start = j, False
            continue
        if at_line_start and ch == "\n":  # a blank line; the first one of the text too
            flush()
            if not out:
                out.append(_literal("\n"))
            else:
                buffer += ch
            i += 1
            continue
        if ch in "{}" or (at_line_start and ch in "[*."):
            flush()
            out.append(_literal(ch))
            i, at_line_start = i + 1, False
            continue
        if ch in " \t" and ((last and i + 1 == len(text)) or text[i + 1 : i + 2] == "\n"):
            j = i
            while j > 0 and text[j - 1] in " \t":  # trailing blanks of a line
                j -= 1
            buffer = buffer[: len(buffer) - (i - j)]
            flush()
            out.append(_literal(text[j : i + 1]))
            i += 1
            continue
        if ch == "\n" and last and not text[i:].strip():  # the text's own last newlines
            flush()
            out.append(_literal(text[i:]))
            break
        buffer += ch
        at_line_start = ch == "\n"
        i += 1
    flush()
    return out


def _placeable(field: str, spec: str, conversion: str | None) -> ftl.Placeable:
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", field) or conversion:
        raise ConversionError(f"{{{field}}}: name values plainly, e.g. {{count}}")
    variable = ftl.VariableReference(ftl.Identifier(field))
    if not spec:
        return ftl.Placeable(variable)
    if spec in (".0%", "%"):
        named = [ftl.NamedArgument(ftl.Identifier("style"), ftl.StringLiteral("percent"))]
        call = ftl.FunctionReference(ftl.Identifier("NUMBER"), ftl.CallArguments([variable], named))
        return ftl.Placeable(call)
    if spec == "+.2f":
        call = ftl.FunctionReference(ftl.Identifier("SIGNED"), ftl.CallArguments([variable], []))
        return ftl.Placeable(call)
    if re.fullmatch(r"\.[0-9]f", spec):
        digits = ftl.NumberLiteral(spec[1])
        named = [
            ftl.NamedArgument(ftl.Identifier("minimumFractionDigits"), digits),
            ftl.NamedArgument(ftl.Identifier("maximumFractionDigits"), digits),
        ]
        call = ftl.FunctionReference(ftl.Identifier("NUMBER"), ftl.CallArguments([variable], named))
        return ftl.Placeable(call)
    if spec == "g":
        call = ftl.FunctionReference(ftl.Identifier("NUMBER"), ftl.CallArguments([variable], []))
        return ftl.Placeable(call)
    raise ConversionError(
        f"{{{field}:{spec}}}: no Fluent form known; write it in the .ftl by hand (NUMBER())"
    )


def pattern_of(value: str) -> ftl.Pattern:
    elements: list[Any] = []
    at_line_start = True
    parts = list(string.Formatter().parse(value))
    for n, (literal, field_name, spec, conversion) in enumerate(parts):
        if literal:
            last = n == len(parts) - 1 and field_name is None
            elements += _text_elements(literal, at_line_start, last)
            at_line_start = literal.endswith("\n")
        if field_name is not None:
            elements.append(_placeable(field_name, spec or "", conversion))
            at_line_start = False
    return ftl.Pattern(elements or [_literal("")])


def message_of(message_id: str, value: str, comment: str | None = None) -> ftl.Message:
    message = ftl.Message(ftl.Identifier(message_id), pattern_of(value))
    if comment:
        message.comment = ftl.Comment(comment)
    return message


def serialize(message: ftl.Message) -> str:
    return FluentSerializer().serialize(ftl.Resource([message]))


def samples(value: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for _, field_name, spec, _ in string.Formatter().parse(value):
        if field_name is not None:
            out[field_name] = 0.125 if spec else f"<{field_name}>"
    return out


def check_round_trip(message_id: str, value: str, written: str) -> None:
    """The Fluent text, formatted with sample values, reads as the Python text."""
    bundle = FluentBundle([SOURCE], functions=FUNCTIONS, use_isolating=False)
    resource = FluentParser().parse(written)
    junk = [e for e in resource.body if isinstance(e, ftl.Junk)]
    if junk:
        raise ConversionError(f"{message_id}: not valid Fluent:\n{written}")
    bundle.add_resource(resource)
    values = samples(value)
    pattern = bundle.get_message(message_id).value
    assert pattern is not None
    got, errors = bundle.format_pattern(pattern, values)
    want = value.format(**values)
    if errors or got != want:
        raise ConversionError(f"{message_id}: reads {got!r}, not {want!r} {errors}")


# -- the Python side ---------------------------------------------------------------------


@dataclass
class Constant:
    name: str
    value: Any
    start: int  # lines, 1-based, inclusive
    end: int
    comment: str = ""  # a comment after the assignment, kept with the name


def flatten(name: str, value: Any) -> list[tuple[str, str]]:
    """(message id, English) for a constant: a str, a dict or a tuple of them."""
    if isinstance(value, str):
        return [(name, value)]
    if isinstance(value, dict):
        out = []
        for key, item in value.items():
            if not isinstance(key, str) or not KEY.match(key):
                raise ConversionError(
                    f"{name}: key {key!r}: keys are words (a-z, 0-9, _ and -); a text that "
                    "depends on a number is one message with a plural selector"
                )
            out += flatten(f"{name}{SEPARATOR}{key}", item)
        return out
    if isinstance(value, tuple | list):
        return [i for n, item in enumerate(value) for i in flatten(f"{name}{SEPARATOR}{n}", item)]
    raise ConversionError(f"{name}: a text is a str, or a dict or tuple of them")


def type_of(value: Any) -> str:
    if isinstance(value, str):
        return "Text"
    if isinstance(value, dict):
        inner = {type_of(v) for v in value.values()}
        return f"Mapping[str, {inner.pop() if len(inner) == 1 else 'Any'}]"
    inner = {type_of(v) for v in value}
    return f"tuple[{inner.pop() if len(inner) == 1 else 'Any'}, ...]"


def constants(path: Path, known: dict[str, str]) -> list[Constant]:
    """The text constants a module assigns (not those already only declared), evaluated
    in order; a name already converted reads as the English it was converted from."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    namespace: dict[str, Any] = dict(known)
    found = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            targets: list[ast.expr] = [node.target]
        elif isinstance(node, ast.Assign):
            targets = node.targets
        else:
            continue
        names = _names(targets)
        if not names or not all(NAME.match(n) for n in names):
            continue
        assert node.value is not None
        code = compile(ast.Expression(node.value), str(path), "eval")
        value = eval(code, {"__builtins__": {}}, namespace)  # our own source, read as data
        values = list(value) if len(names) > 1 else [value]
        end = node.end_lineno or node.lineno
        tail = lines[end - 1]
        comment = tail[tail.index("  #") + 3 :].strip() if "  #" in tail else ""
        for name, item in zip(names, values, strict=True):
            if SEPARATOR in name:
                raise ConversionError(f"{path.name}: {name}: no '{SEPARATOR}' in a text's name")
            namespace[name] = item
            found.append(Constant(name, item, node.lineno, end, comment))
    return found


def _names(targets: list[ast.expr]) -> list[str]:
    if len(targets) != 1:
        return []
    target = targets[0]
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, ast.Tuple) and all(isinstance(e, ast.Name) for e in target.elts):
        return [e.id for e in target.elts if isinstance(e, ast.Name)]
    return []


def declare(path: Path, module: str, found: list[Constant]) -> str:
    """The module with each assignment replaced by its name and type (or dropped, when the
    name is declared already: a merge brought it back), and the lookup."""
    lines = path.read_text(encoding="utf-8").splitlines()
    declared = {
        node.target.id
        for node in ast.parse("\n".join(lines)).body
        if isinstance(node, ast.AnnAssign) and node.value is None
        if isinstance(node.target, ast.Name)
    }
    by_start: dict[int, list[Constant]] = {}
    for c in found:
        by_start.setdefault(c.start, []).append(c)
    out: list[str] = []
    skip_to = 0
    for number, line in enumerate(lines, start=1):
        if number <= skip_to:
            continue
        if number in by_start:
            group = by_start[number]
            for c in group:
                if c.name in declared:
                    continue
                note = f"  # {c.comment}" if c.comment else ""
                out.append(f"{c.name}: {type_of(c.value)}{note}")
            skip_to = group[0].end
            continue
        out.append(line)
    text = "\n".join(out) + "\n"
    if "def __getattr__" not in text:
        return _with_header(text, module)
    if "Mapping[" in text and "import Mapping" not in text:
        mapping = "from collections.abc import Mapping\n\nfrom texts.i18n import"
        text = text.replace("from texts.i18n import", mapping, 1)
    return text


def _with_header(text: str, module: str) -> str:
    tree = ast.parse(text)
    first = tree.body[0] if tree.body else None
    has_doc = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
    lines = text.splitlines()
    at = (first.end_lineno or 0) if has_doc and first is not None else 0
    while at < len(lines) and (lines[at].strip() == "" or lines[at].startswith("from __future__")):
        at += 1
    head = lines[:at]
    if not any(line.startswith("from __future__") for line in head):
        head += ["from __future__ import annotations", ""]
    mapping = "from collections.abc import Mapping\n\n" if "Mapping[" in text else ""
    block = HEADER.replace("{module}", module).replace("{mapping}", mapping).splitlines()
    return "\n".join([*head, *block, "", *lines[at:]]).rstrip() + "\n"


# -- the catalogues ----------------------------------------------------------------------


@dataclass
class Changes:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    marked: dict[str, list[str]] = field(default_factory=dict)  # language -> ids

    def __bool__(self) -> bool:
        return bool(self.added or self.changed)


def spans(source: str) -> dict[str, tuple[int, int]]:
    """Each message's place in a file's text (its comment included), by id."""
    resource = FluentParser(with_spans=True).parse(source)
    out = {}
    for entry in resource.body:
        if isinstance(entry, ftl.Message) and entry.span is not None:
            start = entry.comment.span.start if entry.comment and entry.comment.span else None
            out[entry.id.name] = (start or entry.span.start, entry.span.end)
    return out


def _insert(source: str, after: str | None, written: str) -> str:
    places = spans(source)
    if after is not None and after in places:
        end = places[after][1]
        end = source.index("\n", end) + 1 if "\n" in source[end:] else len(source)
        return source[:end] + written + source[end:]
    return (source.rstrip("\n") + "\n" if source.strip() else "") + written


def _replace(source: str, message_id: str, written: str) -> str:
    start, end = spans(source)[message_id]
    end = source.index("\n", end) + 1 if "\n" in source[end:] else len(source)
    return source[:start] + written + source[end:]


def _mark(source: str, message_id: str) -> str:
    start, _ = spans(source)[message_id]
    if source[start:].startswith(MARK):
        return source
    return source[:start] + MARK + "\n" + source[start:]


def convert(
    module: str,
    path: Path,
    sources: dict[str, dict[str, str]],
    changes: Changes,
    locales: Path = LOCALES,
) -> str:
    """Update the catalogues from the module's constants; the module as it should read."""
    recorded = sources.setdefault(module, {})
    known = {k: v for k, v in recorded.items() if SEPARATOR not in k}
    found = constants(path, known)
    english_path = locales / SOURCE / f"{module}.ftl"
    english = english_path.read_text(encoding="utf-8") if english_path.exists() else ""
    others = {lang: (locales / lang / f"{module}.ftl") for lang in LANGUAGES if lang != SOURCE}
    texts_of = {
        lang: p.read_text(encoding="utf-8") if p.exists() else "" for lang, p in others.items()
    }
    previous: str | None = None
    for constant in found:
        for message_id, value in flatten(constant.name, constant.value):
            written = serialize(message_of(message_id, value, constant.comment or None))
            check_round_trip(message_id, value, written)
            present = spans(english)
            if message_id not in present:
                english = _insert(english, previous, written)
                changes.added.append(f"{module}.{message_id}")
                for lang in texts_of:
                    if message_id not in spans(texts_of[lang]):
                        texts_of[lang] = _insert(texts_of[lang], previous, MARK + "\n" + written)
                        changes.marked.setdefault(lang, []).append(message_id)
            elif recorded.get(message_id) != value:
                english = _replace(english, message_id, written)
                changes.changed.append(f"{module}.{message_id}")
                for lang in texts_of:
                    if message_id in spans(texts_of[lang]):
                        texts_of[lang] = _mark(texts_of[lang], message_id)
                        changes.marked.setdefault(lang, []).append(message_id)
            recorded[message_id] = value
            previous = message_id
    english_path.parent.mkdir(parents=True, exist_ok=True)
    english_path.write_text(english, encoding="utf-8")
    for lang, p in others.items():
        if texts_of[lang]:
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(texts_of[lang], encoding="utf-8")
    return declare(path, module, found)


def main(
    argv: list[str] | None = None,
    *,
    modules: dict[str, Path] | None = None,
    locales: Path = LOCALES,
) -> int:
    parser = argparse.ArgumentParser(prog="python -m texts.to_ftl", description=__doc__)
    modules = MODULES if modules is None else modules
    parser.add_argument("modules", nargs="*", help=f"some of {', '.join(modules)} (default all)")
    args = parser.parse_args(argv)
    record = locales / SOURCES.name
    sources: dict[str, dict[str, str]] = (
        json.loads(record.read_text(encoding="utf-8")) if record.exists() else {}
    )
    changes = Changes()
    for module in args.modules or list(modules):
        path = modules[module]
        try:
            declared = convert(module, path, sources, changes, locales)
        except ConversionError as exc:
            print(f"{path.name}: {exc}", file=sys.stderr)
            return 1
        path.write_text(declared, encoding="utf-8")
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text(
            json.dumps(sources, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
            encoding="utf-8",
        )
    for label, items in (("added", changes.added), ("changed", changes.changed)):
        if items:
            print(f"{label} in English: {', '.join(items)}")
    for lang, ids in sorted(changes.marked.items()):
        print(f"{lang}: {len(ids)} to translate (marked “{MARK}”): {', '.join(ids)}")
    if not changes:
        print("nothing new: the catalogues already hold every text")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
