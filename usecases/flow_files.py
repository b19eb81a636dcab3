"""Organisers' own flow files: told when theirs did not load at start, and those they send
the bot as documents (checked, rehearsed, and theirs for /newsession --flow)."""

from __future__ import annotations

import hashlib
from itertools import groupby
from pathlib import Path

import dialogs
import texts.organisers
from dialogs import Flow, parse_flow
from dialogs.errors import FlowError
from dialogs.languages import match
from dialogs.loader import MAX_FLOW_BYTES, check_flow_text
from dialogs.placeholders import SAMPLE, personalise
from dialogs.render import question
from storage import flows as flow_store
from storage.models import Kind
from texts import i18n
from usecases import answer
from usecases.context import Ctx, Out
from usecases.languages import speaking_to_person
from usecases.roles import Role

SHOWN_PROBLEMS = 15  # a message's worth; `codesign flows check` lists them all
REHEARSED_STEPS = 3


def tell_flow_problems(ctx: Ctx) -> None:
    """At start: each file of FLOWS_DIR left out is told to the administrators and to whoever
    runs a session of its flow, once per text of its problems (not again at each start)."""
    errors = sorted(p for p in ctx.services.flows.problems if not p.warning)
    for file, found in groupby(errors, key=lambda p: p.file):
        _tell(ctx, file, list(found))


def _tell(ctx: Ctx, file: str, problems: list[FlowError]) -> None:
    flow_id = Path(file).stem
    with i18n.speaking(i18n.SOURCE):  # the same text, whoever reads it: told once
        english = [str(p) for p in problems[:SHOWN_PROBLEMS]]
    digest = hashlib.sha256("\n".join([file, *english]).encode()).hexdigest()[:16]
    people = set(ctx.services.admin_ids)
    people |= flow_store.organisers_of_flows(db=ctx.db, flow_ids=[flow_id])
    for telegram_id in sorted(people):
        with speaking_to_person(ctx, telegram_id):
            lines = [str(p) for p in problems[:SHOWN_PROBLEMS]]  # in their language
            more = len(problems) - SHOWN_PROBLEMS
            told = [*lines, texts.organisers.MORE_PROBLEMS.format(n=more)] if more > 0 else lines
            text = texts.organisers.FLOW_FILE_FAILED.format(
                file=file, flow=flow_id, problems="\n".join(told)
            )
        ctx.send(
            Out(
                text,
                chat_id=telegram_id,
                kind=Kind.NOTICE,
                dedupe_key=f"flow-failed:{telegram_id}:{digest}",
            )
        )


def may_upload(ctx: Ctx) -> bool:
    """Organisers and administrators send flow files; anyone else's document is not one
    (and the shell does not even download it)."""
    return bool(ctx.global_roles() & {Role.ORGANISER, Role.ADMIN})


def upload_flow(ctx: Ctx, file_name: str, text: str | None) -> None:
    """An organiser sent a flow file: the `codesign flows check` report; if it loads, it is
    theirs for /newsession --flow, with a rehearsal of its first questions. A file that does
    not load changes nothing. From anyone else, a document is what it always was."""
    if not may_upload(ctx):
        answer.answer(ctx, dialogs.UnsupportedEvent("document"))
        return
    name = Path(file_name or "flow.yaml").name
    if text is None or Path(name).suffix not in (".yaml", ".yml"):
        ctx.say(texts.organisers.FLOW_UPLOAD_UNREADABLE.format(kb=MAX_FLOW_BYTES // 1024))
        return
    problems = check_flow_text(text, name)
    errors = [p for p in problems if not p.warning]
    warned = _warned(len(problems) - len(errors))
    lines = [str(p) for p in problems[:SHOWN_PROBLEMS]]
    if errors:
        lines.append(
            texts.organisers.FLOW_UPLOAD_ERRORS.format(errors=len(errors), warned=warned, file=name)
        )
        ctx.say("\n".join(lines))
        return
    lines.append(texts.organisers.FLOW_UPLOAD_OK.format(file=name, warned=warned))
    ctx.say("\n".join(lines))
    _store(ctx, name, text)


def _warned(n: int) -> str:
    return texts.organisers.FLOW_UPLOAD_WARNED.format(n=n) if n else ""


def _store(ctx: Ctx, name: str, text: str) -> None:
    flow = parse_flow(text, name)
    if flow.id in ctx.services.flows.installed:
        ctx.say(texts.organisers.FLOW_UPLOAD_TAKEN.format(flow=flow.id))
        return
    new = flow_store.save_own_flow(
        db=ctx.db, owner=ctx.actor.telegram_id, flow_id=flow.id, source=text, now=ctx.now
    )
    ctx.say(
        texts.organisers.FLOW_UPLOAD_STORED.format(
            new=texts.organisers.FLOW_UPLOAD_NEW if new else texts.organisers.FLOW_UPLOAD_REPLACED,
            title=flow.in_language(match(i18n.language(), flow.languages)).title,
            flow=flow.id,
            steps=len(flow.steps),
        )
    )
    shown = flow.in_language(match(i18n.language(), flow.languages))  # the reader's, if it has it
    _rehearse(ctx, personalise(shown, SAMPLE), name)  # {session} shown as [session]: its name


def _rehearse(ctx: Ctx, flow: Flow, name: str) -> None:
    """The first questions, as messages (their buttons shown as text: nothing to press)."""
    ctx.say(texts.organisers.FLOW_REHEARSAL.format(file=name))
    for step in flow.steps[:REHEARSED_STEPS]:
        shown = question(step)
        labels = "  ".join(f"[{b.label}]" for row in shown.buttons for b in row)
        ctx.say(f"{shown.text}\n{labels}".strip())
