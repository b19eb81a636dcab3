"""Read YAML into plain values (mapping -> dict, sequence -> tuple) and the line of each path."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

import yaml

from dialogs.check_texts import said
from texts.i18n import Said

Path = tuple[str | int, ...]


@dataclass
class Document:
    data: Any = None
    lines: dict[Path, int] = field(default_factory=dict)
    problems: list[tuple[int, Said]] = field(default_factory=list)

    def line_of(self, path: Path) -> int:
        """Line of `path`, or of its nearest ancestor that exists (1-based)."""
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path, 1)

    def resolve(self, loc: tuple[Any, ...]) -> Path:
        """The longest prefix path of `loc` that exists in the data, skipping foreign parts."""
        node, path = self.data, cast(Path, ())
        for part in loc:
            in_dict = isinstance(node, dict) and isinstance(part, str) and part in node
            in_list = isinstance(node, tuple) and isinstance(part, int) and 0 <= part < len(node)
            if in_dict or in_list:
                node, path = node[part], (*path, part)
        return path


MAX_DEPTH = 40  # a flow is a few levels deep; anything deeper is refused, not recursed into


class Refused(yaml.MarkedYAMLError):
    """YAML a flow file may not use: aliases, anchors, tags, merge keys, deep nesting."""

    def __init__(self, why: Said, mark: Any) -> None:
        super().__init__(problem=str(why), problem_mark=mark)
        self.why = why


class _StrictLoader(yaml.SafeLoader):
    """The safe loader, refusing what a flow file never needs and a hostile one abuses:
    an alias (*x) lets 400 bytes expand into gigabytes or loop forever; a tag (!!python,
    !!binary...) asks for types; nesting without end exhausts the stack."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise Refused(said("ALIASES"), event.start_mark)
        if getattr(event, "anchor", None):
            raise Refused(said("ANCHORS"), event.start_mark)
        if getattr(event, "tag", None) not in (None, "!"):
            raise Refused(said("TAGS", tag=str(event.tag)), event.start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise Refused(said("TOO_DEEP", most=MAX_DEPTH), event.start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def read_document(text: str) -> Document:
    """Parse one YAML document; syntax errors and refused constructs become problems
    with their line."""
    doc = Document()
    try:
        loader = _StrictLoader(text)
    except yaml.YAMLError as error:  # e.g. a character YAML does not allow
        doc.problems.append((1, said("YAML_ERROR", error=str(error)[:200])))
        return doc
    try:
        node = loader.get_single_node()
        if node is not None:
            doc.data = _build(loader, node, (), doc)
    except Refused as error:
        mark = error.problem_mark
        doc.problems.append((mark.line + 1 if mark else 1, error.why))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        doc.problems.append((line, said("YAML_SYNTAX", error=str(error.problem or error))))
    except (yaml.YAMLError, RecursionError, ValueError) as error:
        doc.problems.append((1, said("YAML_ERROR", error=str(error)[:200])))
    finally:
        loader.dispose()
    return doc


def _build(loader: yaml.SafeLoader, node: yaml.Node, path: Path, doc: Document) -> Any:
    doc.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        return _build_mapping(loader, node, path, doc)
    if isinstance(node, yaml.SequenceNode):
        return tuple(_build(loader, item, (*path, i), doc) for i, item in enumerate(node.value))
    return loader.construct_object(node, deep=True)


def _build_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, path: Path, doc: Document):
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        if key_node.tag == "tag:yaml.org,2002:merge":
            doc.problems.append((line, said("MERGE_KEYS")))
            continue
        key = loader.construct_object(key_node) if isinstance(key_node, yaml.ScalarNode) else None
        if not isinstance(key, str):
            doc.problems.append((line, said("KEY_NOT_WORD", key=repr(str(key_node.value)[:40]))))
            continue
        if key in result:
            doc.problems.append((line, said("DUPLICATE_KEY", key=key)))
            continue
        doc.lines[(*path, key)] = line
        result[key] = _build(loader, value_node, (*path, key), doc)
    return result
