"""Everything the trust funnel (`reports.funnel`), the cascades (`reports.cascades`) and
the champions (`reports.champions`) are computed from (decision 0034): the plain records
`storage.reach` reads (declared there, as storage may not import reports; tests write them
by hand), with the flow's order and the opinion groups. Pure: no database, no clock."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

from storage.reach import THROUGH_MEMBERS, Joined, Opened, Records, SeedInfo, StepCount, Texts

__all__ = [
    "THROUGH_MEMBERS",
    "Columns",
    "Joined",
    "Opened",
    "Reach",
    "SeedInfo",
    "StepCount",
    "Texts",
]


@dataclass(frozen=True)
class Reach:
    """Everything the funnel, the cascades and the champions are computed from."""

    joined: Sequence[Joined]
    opened: Sequence[Opened] = ()
    steps: Sequence[StepCount] = ()
    step_order: Sequence[str] = ()  # the flow's steps in order
    seeds: Mapping[int, SeedInfo] = field(default_factory=dict)
    groups: Mapping[int, str] = field(default_factory=dict)  # member id -> opinion group

    @property
    def members(self) -> int:
        return len(self.joined)

    @cached_property
    def columns(self) -> Columns:
        """The records a column each, as numpy reads them (computed once)."""
        return Columns.of(self.joined)


@dataclass(frozen=True)
class Columns:
    """The session's records a column each: member i is `joined[i]`."""

    raw: list[Sequence[Any]]  # every field of Joined: an array, `Texts` or a tuple each
    member: np.ndarray  # int64
    inviter: np.ndarray  # int64, -1: none
    seed: np.ndarray  # int64, -1: none
    activated: np.ndarray  # bool
    participation: np.ndarray  # int64: answers, proposals and votes
    through: np.ndarray  # bool: came through a member
    # what is found once and read again: times as seconds, the parents
    found: dict[str, np.ndarray] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, joined: Sequence[Joined]) -> Columns:
        """The records' columns: `storage.reach.Records`' arrays as they are."""
        fields = Joined._fields
        if isinstance(joined, Records) and joined.columns:
            raw: list[Any] = list(joined.columns)  # arrays and lists
        else:
            raw = list(zip(*joined, strict=True)) if joined else [() for _ in fields]

        def column(name: str) -> Sequence[Any]:
            return raw[fields.index(name)]

        def ids(name: str) -> np.ndarray:  # -1: none
            values = column(name)
            if isinstance(values, np.ndarray):
                return values.astype(np.int64, copy=False)
            return np.array([-1 if v is None else v for v in values], np.int64)

        inviter = ids("inviter")
        activated = np.asarray(column("activated"), dtype=float)  # None: NaN
        return cls(
            raw=raw,
            member=np.asarray(column("member"), dtype=np.int64),  # never None
            inviter=inviter,
            seed=ids("seed"),
            activated=~np.isnan(activated),
            participation=np.asarray(column("participation"), dtype=np.int64),
            through=(inviter >= 0) | _among(column("source"), THROUGH_MEMBERS),
            # storage.reach reads when they first answered and were activated once
            found={"activated": activated}
            | ({"answered": activated} if column("answered") is column("activated") else {}),
        )

    def field(self, name: str) -> Sequence[Any]:
        return self.raw[Joined._fields.index(name)]

    def texts(self, name: str) -> Texts:
        """A text field as codes into its distinct values (`storage.reach.Texts`)."""
        return _texts(self.field(name))

    def seconds(self, name: str) -> np.ndarray:
        """A time field as floats, NaN where it did not happen (made once)."""
        if name not in self.found:
            self.found[name] = np.asarray(self.field(name), dtype=float)
        return self.found[name]

    def parents(self) -> np.ndarray:
        """Per member, the index of the member who invited them (-1: none, or not here);
        found once (the funnel and the forest both read it)."""
        if "parents" not in self.found:
            self.found["parents"] = self._parents()
        return self.found["parents"]

    def _parents(self) -> np.ndarray:
        if not len(self.member):
            return np.zeros(0, dtype=np.int64)
        order = np.argsort(self.member, kind="stable")
        known = self.member[order]
        at = np.clip(np.searchsorted(known, self.inviter), 0, len(known) - 1)
        found = (self.inviter >= 0) & (known[at] == self.inviter)
        return np.where(found, order[at], -1)


def _texts(column: Sequence[Any]) -> Texts:
    if isinstance(column, Texts):
        return column
    codes: dict[Any, int] = {}
    for value in dict.fromkeys(column):
        codes.setdefault(value, len(codes))
    return Texts(np.fromiter(map(codes.__getitem__, column), np.int64, len(column)), list(codes))


def _among(column: Sequence[Any], kept: frozenset[str]) -> np.ndarray:
    """Per value of a text column, whether it is one of `kept`."""
    texts = _texts(column)
    return (
        np.array([v in kept for v in texts.values], dtype=bool)[texts.codes]
        if len(texts)
        else np.zeros(0, bool)
    )
