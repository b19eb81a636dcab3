"""Organisers' own flow files: told when theirs did not load at start."""

from __future__ import annotations

import hashlib
from itertools import groupby
from pathlib import Path

import texts.organisers
from dialogs.errors import FlowError
from storage import flows as flow_store
from storage.models import Kind
from usecases.context import Ctx, Out

SHOWN_PROBLEMS = 15  # a message's worth; `codesign flows check` lists them all


def tell_flow_problems(ctx: Ctx) -> None:
    """At start: each file of FLOWS_DIR left out is told to the administrators and to whoever
    runs a session of its flow, once per text of its problems (not again at each start)."""
    errors = sorted(p for p in ctx.services.flows.problems if not p.warning)
    for file, found in groupby(errors, key=lambda p: p.file):
        _tell(ctx, file, list(found))


def _tell(ctx: Ctx, file: str, problems: list[FlowError]) -> None:
    flow_id = Path(file).stem
    lines = [str(p) for p in problems[:SHOWN_PROBLEMS]]
    if len(problems) > SHOWN_PROBLEMS:
        lines.append(texts.organisers.MORE_PROBLEMS.format(n=len(problems) - SHOWN_PROBLEMS))
    text = texts.organisers.FLOW_FILE_FAILED.format(
        file=file, flow=flow_id, problems="\n".join(lines)
    )
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    people = set(ctx.services.admin_ids)
    people |= flow_store.organisers_of_flows(db=ctx.db, flow_ids=[flow_id])
    for telegram_id in sorted(people):
        ctx.send(
            Out(
                text,
                chat_id=telegram_id,
                kind=Kind.NOTICE,
                dedupe_key=f"flow-failed:{telegram_id}:{digest}",
            )
        )
