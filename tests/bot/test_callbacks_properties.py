"""Property tests: the codec never raises on arbitrary data and round-trips what it makes."""

from __future__ import annotations

import typing
from dataclasses import fields

from hypothesis import given
from hypothesis import strategies as st

from bot import callbacks as cb
from usecases.actions import BUTTONS, Button

ids = st.integers(min_value=0, max_value=10**9)
tokens = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_", min_size=1, max_size=24)


def _strategy(cls: type[Button]) -> st.SearchStrategy[Button]:
    """Any instance of a declared button: ids, short tokens (or a field's own codes), flags."""
    hints = typing.get_type_hints(cls)
    by_field = {}
    for f in fields(cls):
        codes = f.metadata.get("codes")
        kind = hints[f.name]
        by_field[f.name] = (
            st.sampled_from(sorted(codes)) if codes else
            st.booleans() if kind is bool else ids if kind is int else tokens
        )  # fmt: skip
    return st.builds(cls, **by_field)


actions = st.one_of([_strategy(cls) for cls in BUTTONS])


@given(
    st.one_of(
        st.none(), st.text(max_size=200), st.binary(max_size=80).map(lambda b: b.decode("latin-1"))
    )
)
def test_decoding_anything_never_raises(data) -> None:
    action = cb.decode(data)
    assert action is None or cb.decode(cb.encode(action)) == action


@given(actions)
def test_every_action_round_trips_in_64_bytes(action) -> None:
    data = cb.encode(action)
    assert len(data.encode()) <= 64 and cb.decode(data) == action


@given(actions, st.text(min_size=1, max_size=3))
def test_tampered_data_is_never_silently_another_valid_shape(action, junk) -> None:
    data = cb.encode(action) + ":" + junk
    decoded = cb.decode(data)
    assert decoded is None or cb.encode(decoded) == data
