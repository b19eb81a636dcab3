"""Load flow files: parse YAML, validate everything, report every problem with file and line."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from dialogs import languages
from dialogs.check_texts import SaidError, said
from dialogs.checks import check_steps, sentiment_warnings, unlabelled
from dialogs.errors import FlowError, FlowValidationError
from dialogs.models import STEP_MODELS, Flow, FlowHead, Step, check_slug
from dialogs.segments import RuleError, parse_rule
from dialogs.yamldoc import Document, read_document
from texts.i18n import SOURCE, Said, speaking


def default_flows_dir() -> Path:
    return Path(__file__).resolve().parent / "flows"


def parse_flow(text: str, source_name: str, flow_id: str | None = None) -> Flow:
    """Parse and validate one flow; raise FlowValidationError listing every problem (and
    the warnings) if it has errors. Warnings alone do not stop it. A flow without an `id:`
    is named `flow_id`, else after its source's file name."""
    flow, problems = _parse(text, source_name, flow_id)
    if flow is None:
        raise FlowValidationError(problems)
    return flow


def check_flow_text(text: str, source_name: str) -> list[FlowError]:
    """Every error and warning of one flow, in one pass, by line."""
    return _parse(text, source_name)[1]


@dataclass(frozen=True)
class FlowFile:
    """A flow with the text it was read from (a session keeps that text)."""

    flow: Flow
    source: str
    path: Path


MAX_FLOW_BYTES = 256 * 1024  # the largest shipped flow is about 6 kB


def read_flow_file(path: str | Path) -> FlowFile:
    path = Path(path)
    text = _read(path)
    return FlowFile(parse_flow(text, str(path)), text, path)


def _read(path: Path) -> str:
    """The file's text: a regular file (a symlink to one is fine) of at most
    `MAX_FLOW_BYTES`, never more read (a device, a FIFO or a directory is refused)."""
    try:
        data = _read_bytes(path)
        if data is None:
            raise _problem(path, said("NOT_REGULAR"))
        if len(data) > MAX_FLOW_BYTES:
            raise _problem(path, said("TOO_LARGE", kb=MAX_FLOW_BYTES // 1024))
        return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as read_text
    except (OSError, UnicodeDecodeError) as error:
        raise _problem(path, said("CANNOT_READ", error=str(error))) from None


def _read_bytes(path: Path) -> bytes | None:
    """At most `MAX_FLOW_BYTES` + 1 bytes of a regular file; None if it is not one. Opened
    without blocking (a FIFO would wait for a writer) and checked once open (no race)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        chunks: list[bytes] = []
        left = MAX_FLOW_BYTES + 1
        while left > 0 and (chunk := os.read(fd, left)):
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _problem(path: Path, message: Said) -> FlowValidationError:
    return FlowValidationError([FlowError(str(path), 1, message)])


def load_flow(path: str | Path) -> Flow:
    return read_flow_file(path).flow


def load_flow_files(directory: str | Path) -> dict[str, FlowFile]:
    """Every `*.yaml` flow in `directory` by id; problems of all files are raised together."""
    files, errors = read_flow_dir(directory)
    if errors:
        raise FlowValidationError(errors)
    return files


def read_flow_dir(
    directory: str | Path, taken: Iterable[str] = ()
) -> tuple[dict[str, FlowFile], list[FlowError]]:
    """The flows in `directory` that load, by id, and the problems of those that do not
    (each left out alone); ids in `taken` (already installed) are refused."""
    files: dict[str, FlowFile] = {}
    errors: list[FlowError] = []
    used = set(taken)
    for path in sorted([*Path(directory).glob("*.yaml"), *Path(directory).glob("*.yml")]):
        try:
            file = read_flow_file(path)
        except FlowValidationError as error:
            errors += error.errors
            continue
        if file.flow.id in files or file.flow.id in used:
            errors.append(FlowError(str(path), 1, said("ID_TAKEN", flow=file.flow.id)))
            continue
        files[file.flow.id] = file
    return files, errors


def load_flows(directory: str | Path) -> dict[str, Flow]:
    """Every `*.yaml` flow in `directory` by id; problems of all files are raised together."""
    return {flow_id: file.flow for flow_id, file in load_flow_files(directory).items()}


def check_flow_files(paths: Iterable[str | Path]) -> list[FlowError]:
    """Every problem in the given files, warnings included (`FlowError.warning`); no
    errors among them means they all load."""
    problems: list[FlowError] = []
    for path in paths:
        try:
            problems += check_flow_text(_read(Path(path)), str(path))
        except FlowValidationError as error:
            problems += error.errors
    return problems


def _parse(
    text: str, source: str, flow_id: str | None = None
) -> tuple[Flow | None, list[FlowError]]:
    """The flow (None if it has errors) and every error and warning found. A flow in
    several languages is checked in each (`dialogs.languages`); problems of one language's
    texts are on that text's line, named by the language."""
    doc = read_document(text)
    problems = list(doc.problems)
    warnings: list[tuple[int, Said]] = []
    if doc.problems and doc.data is None:
        return None, _errors(source, problems)
    if not isinstance(doc.data, dict):
        problems.append((1, said("NOT_A_MAPPING")))
        return None, _errors(source, problems)
    codes, declared = languages.declared(doc.data)
    copies, texts = languages.split(doc.data, codes)
    problems += [(doc.line_of(path), message) for path, message in [*declared, *texts]]
    where = ("languages",) if "languages" in doc.data else ("language",)
    warnings += [(doc.line_of(where), m) for m in sentiment_warnings(codes)]
    flows: dict[str, Flow] = {}
    default = None
    for code in codes:
        found: list[tuple[int, Said]] = []
        flow = _parse_copy(copies[code], code, codes, flow_id or Path(source).stem, doc, found,
                           warnings if default is None else [])  # fmt: skip
        if default is None:
            default = set(found)
            problems += found
        else:  # what differs from the default's is about this language's texts
            problems += [
                (line, said("IN_LANGUAGE", language=code, problem=msg))
                for line, msg in found
                if (line, msg) not in default
            ]
        if flow is not None:
            flows[code] = flow
    if problems or len(flows) != len(codes):
        return None, _errors(source, problems, warnings)
    flow = Flow.together(flows)
    problems += _segment_problems(flow, doc)
    warnings += _variant_warnings(flow, doc)
    if problems:
        return None, _errors(source, problems, warnings)
    return flow, _errors(source, problems, warnings)


def _segment_problems(flow: Flow, doc: Document) -> list[tuple[int, Said]]:
    """Each rule of the `segments:` block that does not read against the flow's steps, on
    its own line (in English, as the rest of the file's problems)."""
    found: list[tuple[int, Said]] = []
    with speaking(SOURCE):
        for name, rule in flow.segments.items():
            line = doc.line_of(("segments", name))
            try:
                check_slug(name, "segment")
            except ValueError as error:
                found.append((line, said("SEGMENT_NAME", problem=str(error))))
            try:
                parse_rule(rule, flow)
            except RuleError as error:
                found.append((line, said("SEGMENT_RULE", name=name, problem=error.message())))
    return found


def _variant_warnings(flow: Flow, doc: Document) -> list[tuple[int, Said]]:
    """A variant naming a segment the flow's `segments:` block does not define: a warning,
    since the team may define it when the session runs (`/segment add`); until then its
    members read the plain text."""
    found: list[tuple[int, Said]] = []
    places: list[tuple[tuple, str]] = [
        (("engagement", "variants", name), name) for name in flow.engagement.variants
    ]
    places += [
        (("steps", i, "variants", name), name)
        for i, step in enumerate(flow.steps)
        for name in step.variants
    ]
    for path, name in places:
        if name not in flow.segments:
            found.append((doc.line_of(path), said("VARIANT_UNKNOWN", name=name)))
    return found


def _parse_copy(
    data: dict,
    code: str,
    codes: tuple[str, ...],
    flow_id: str,
    doc: Document,
    problems: list[tuple[int, Said]],
    warnings: list[tuple[int, Said]],
) -> Flow | None:
    """One language's copy of the file as a flow, its problems on the lines of its texts."""
    where = _Lines(doc, code)
    head_data = {k: v for k, v in data.items() if k not in ("steps", "languages")}
    head_data.setdefault("id", flow_id)  # named after its file by default
    head_data.update(language=code, languages=codes)
    head = _validate(FlowHead, head_data, (), where, problems)
    steps = _parse_steps(data, where, problems, warnings)
    if not problems and steps is not None:  # labels can wait while the file has errors
        warnings += [(where.line_of(p), m) for p, m in unlabelled(enumerate(steps))]
    if problems or head is None or steps is None:
        return None
    return Flow(**dict(head), steps=tuple(steps))


class _Lines:
    """Lines of a file for one language's copy: a text's own line for its language."""

    def __init__(self, doc: Document, code: str) -> None:
        self.doc, self.code = doc, code

    def line_of(self, path: tuple) -> int:
        own = (*path, self.code)
        return self.doc.lines[own] if own in self.doc.lines else self.doc.line_of(path)

    def of_error(self, loc: tuple) -> int:
        return self.line_of(self.doc.resolve(loc))


def _parse_steps(
    data: dict, where: _Lines, problems: list[tuple[int, Said]], warnings: list[tuple[int, Said]]
) -> list[Step] | None:
    raw = data.get("steps")
    if raw is None:
        problems.append((1, said("MISSING_KEY", key="steps")))
        return None
    if not isinstance(raw, tuple) or not raw:
        problems.append((where.line_of(("steps",)), said("STEPS_EMPTY")))
        return None
    valid: list[tuple[int, Step]] = []
    for index, item in enumerate(raw):
        step = _parse_step(item, ("steps", index), where, problems)
        if step is not None:
            valid.append((index, step))
    errors, cautions = check_steps(valid, raw, where.line_of)
    problems += [(where.line_of(path), message) for path, message in errors]
    warnings += [(where.line_of(path), message) for path, message in cautions]
    return [step for _, step in valid] if len(valid) == len(raw) else None


def _parse_step(item: Any, path: tuple, where: _Lines, problems: list) -> Step | None:
    line = where.line_of(path)
    if not isinstance(item, dict):
        problems.append((line, said("STEP_NOT_MAPPING")))
        return None
    kind = item.get("kind")
    if kind is None:
        problems.append((line, said("MISSING_KEY", key="kind")))
        return None
    if kind not in STEP_MODELS:
        kinds = ", ".join(sorted(STEP_MODELS))
        message = said("UNKNOWN_KIND", kind=str(kind), kinds=kinds)
        problems.append((where.line_of((*path, "kind")), message))
        return None
    return _validate(STEP_MODELS[kind], item, path, where, problems)


def _validate(
    model: type[BaseModel], data: dict, path: tuple, where: _Lines, problems: list
) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        for detail in error.errors():
            loc = (*path, *detail["loc"])
            problems.append((where.of_error(loc), _message(detail, loc)))
        return None


# pydantic's error types, said in our words (any other: pydantic's own words, `OTHER`)
TYPES = {
    "string_type": "NOT_TEXT", "int_type": "NOT_WHOLE", "int_parsing": "NOT_WHOLE",
    "int_from_float": "NOT_WHOLE", "float_type": "NOT_NUMBER", "float_parsing": "NOT_NUMBER",
    "bool_type": "NOT_TRUE_FALSE", "bool_parsing": "NOT_TRUE_FALSE", "tuple_type": "NOT_LIST",
    "list_type": "NOT_LIST", "dict_type": "NOT_MAPPING", "model_type": "NOT_MAPPING",
    "model_attributes_type": "NOT_MAPPING",
}  # fmt: skip


def _message(detail: ErrorDetails, loc: tuple) -> Said:
    kind, msg = detail["type"], detail["msg"]
    names = [part for part in loc if isinstance(part, str)]
    name = names[-1] if names else ""
    ctx = detail.get("ctx") or {}
    if kind == "missing":
        return said("MISSING_KEY", key=name)
    if kind == "extra_forbidden":
        return said("UNKNOWN_KEY", key=name)
    if kind in ("value_error", "assertion_error") and isinstance(ctx.get("error"), SaidError):
        return ctx["error"].said
    if kind == "next_shape":
        return said("NEXT_SHAPE")
    if kind == "string_type" and isinstance(detail.get("input"), bool):  # label: Yes
        return said("YES_NO_TEXT", field=name)
    if kind in ("too_short", "string_too_short") and ctx.get("min_length") == 1:
        return said("EMPTY", field=name)
    if kind in ("less_than_equal", "greater_than_equal"):
        bound = ctx.get("le") if kind == "less_than_equal" else ctx.get("ge")
        most = kind == "less_than_equal"
        return said("AT_MOST" if most else "AT_LEAST", field=name, bound=f"{bound:g}")
    return _shape(kind, name, ctx, detail) or said("OTHER", field=name, problem=_lower(msg))


def _shape(kind: str, name: str, ctx: dict[str, Any], detail: ErrorDetails) -> Said | None:
    """A value of the wrong type, length or form, in our words."""
    if kind in TYPES:
        return said(TYPES[kind], field=name)
    if kind == "literal_error":
        expected = re.split(r", | or ", str(ctx.get("expected", "")))
        return said("NOT_ONE_OF", field=name, expected=", ".join(expected))
    if kind in ("too_long", "too_short"):
        many = kind == "too_long"
        n = ctx.get("max_length") if many else ctx.get("min_length")
        return said("TOO_MANY_ITEMS" if many else "TOO_FEW_ITEMS", field=name, n=n)
    if kind in ("string_too_long", "string_too_short"):
        long = kind == "string_too_long"
        n = ctx.get("max_length") if long else ctx.get("min_length")
        return said("TEXT_TOO_LONG" if long else "TEXT_TOO_SHORT", field=name, n=n)
    if kind == "string_pattern_mismatch":
        return said("NOT_LANGUAGE_CODE", field=name, value=str(detail.get("input", ""))[:20])
    return None


def _lower(msg: str) -> str:
    msg = msg.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    return msg[:1].lower() + msg[1:]


def _errors(
    source: str, problems: list[tuple[int, Said]], warnings: Sequence[tuple[int, Said]] = ()
) -> list[FlowError]:
    found = {FlowError(source, line, message) for line, message in problems}
    found |= {FlowError(source, line, message, warning=True) for line, message in warnings}
    return sorted(found, key=lambda e: (e.line, e.warning, e.message))
