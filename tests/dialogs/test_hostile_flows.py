"""Hostile flow files: whatever the bytes, loading refuses them with file:line reasons and
never raises anything else, recurses without end or exhausts memory."""

from __future__ import annotations

import tracemalloc

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs import FlowValidationError, parse_flow

PIECES = st.sampled_from([
    "&a ", "*a", "&b ", "*b", "!!python/object:os.system ", "!!binary ", "!!str ", "<<: ",
    "[", "]", "{", "}", ", ", ": ", "- ", "\n", "\n  ", "\n    ", "id: x", "title: T",
    "steps:", "kind: text", "prompt: P", "'", '"', "#", "---\n", "...\n", "\x00", "\u202e",
    "\u200b", "é", "🙂", "9" * 30, "-1e999", "~", "null", "yes", ".inf",
])  # fmt: skip


def load(text: str) -> None:
    try:
        parse_flow(text, "hostile.yaml")
    except FlowValidationError as error:
        assert error.errors and all(e.file == "hostile.yaml" and e.line >= 1 for e in error.errors)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=60).map("".join))
def test_any_yaml_pieces_load_or_are_refused_with_lines(text: str) -> None:
    load(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_loads_or_is_refused_with_lines(text: str) -> None:
    load(text)


def test_a_billion_laughs_does_not_expand() -> None:
    laughs = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]\n"
        for i in range(9)
    )
    tracemalloc.start()
    load(laughs)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 5_000_000


def test_nesting_without_end_is_refused_not_recursed() -> None:
    for deep in ("title: " + "[" * 20000 + "]" * 20000, "title:" + "\n  - " * 3000):
        load(deep)
