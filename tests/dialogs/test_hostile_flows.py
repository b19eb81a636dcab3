"""Hostile flow files: whatever the bytes, loading refuses them with file:line reasons and
never raises anything else, recurses without end or exhausts memory."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs import FlowValidationError, check_flow_files, parse_flow
from dialogs.loader import MAX_FLOW_BYTES, read_flow_dir

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


def _no_endless_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading more than a flow file may hold is the bug: fail at once instead of forever."""
    real = os.read

    def bounded(fd: int, n: int) -> bytes:
        assert n <= MAX_FLOW_BYTES + 1, f"read of {n} bytes"
        return real(fd, n)

    monkeypatch.setattr(os, "read", bounded)
    monkeypatch.setattr(Path, "read_text", lambda *_a, **_k: pytest.fail("unbounded read"))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_flow_file_that_is_not_a_regular_file_is_refused(tmp_path, monkeypatch) -> None:
    """Issue 18.23: a symlink to /dev/zero was read without end by `flows check`, `flows
    list` and start; a FIFO would block."""
    _no_endless_read(monkeypatch)
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "pipe.yaml")
    for name in ("zero.yaml", "pipe.yaml"):
        [problem] = check_flow_files([tmp_path / name])
        assert "not a regular file" in problem.message, problem
    files, errors = read_flow_dir(tmp_path)
    assert files == {} and len(errors) == 2


def test_a_flow_file_too_large_is_refused_without_reading_it_all(tmp_path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * (MAX_FLOW_BYTES + 10))
    [problem] = check_flow_files([big])
    assert "larger than" in problem.message
