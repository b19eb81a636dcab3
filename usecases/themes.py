"""/themes <code> [step] [page]: what members wrote, grouped into themes (`reports.themes`),
for a session's organisers and coordinators: the whole session's free text (answers,
feedback, replies to follow-ups), or one question's."""

from __future__ import annotations

import texts.reports
import texts.themes
from dialogs.models import Engagement, Flow, Step
from reports.figures import mood_of
from reports.pseudonyms import Labels
from reports.theme_text import theme_entries, theme_notes
from reports.themes import MIN_ANSWERS, Said, group
from storage.free_text import free_text
from storage.models import id_of
from usecases.access import session_in_reach
from usecases.audit import note
from usecases.context import Ctx
from usecases.paging import say_page
from usecases.parsing import parse_id
from usecases.picking import offer
from usecases.roles import Role

ROLES = (Role.ORGANISER, Role.COORDINATOR)
NOT_ASKED = ("message", "vote")  # steps with no words of members' own


def read_themes(ctx: Ctx, args: str) -> None:
    """/themes <code> [step] [page]: the themes, biggest first, each with its size, feeling
    and quotes under pseudonyms."""
    words = args.split()
    if not words:
        offer(ctx, "themes")
        return
    if len(words) > 3:
        ctx.say(texts.themes.THEMES_USAGE)
        return
    cosession = session_in_reach(ctx, words[0], *ROLES, command="/themes")
    if cosession is None:
        return
    flow = ctx.services.flows.read_by_team(ctx.db, cosession)
    asked = _step_and_page(words[1:], flow)
    if asked is None:
        ctx.say(texts.themes.THEMES_USAGE)
        return
    step_id, page = asked
    if step_id is not None and (flow is None or _step(flow, step_id) is None):
        steps = ", ".join(s.id for s in flow.steps if s.kind not in NOT_ASKED) if flow else ""
        title, step = cosession.title, step_id[:64]
        ctx.say(texts.reports.NO_SUCH_STEP.format(title=title, step=step, steps=steps))
        return
    if step_id:
        note(ctx, cosession.id, "read_themes_step", step=step_id, page=page)
    else:
        note(ctx, cosession.id, "read_themes", page=page)
    written = free_text(db=ctx.db, session_id=id_of(cosession), step_id=step_id)
    labels = Labels(cosession.pseudonym_salt)
    found = group([Said(w.text, w.polarity, labels(w.member_id)) for w in written])
    where = {"title": cosession.title, "step": step_id, "n": found.answers}
    t = texts.themes
    if found.too_few:
        too_few = t.THEMES_TOO_FEW_STEP if step_id else t.THEMES_TOO_FEW_SESSION
        ctx.say(too_few.format(**where, least=MIN_ANSWERS))
        return
    rules = flow.engagement if flow is not None else Engagement()
    mood = mood_of(rules.negative_threshold, rules.positive_threshold)
    head = (t.THEMES_HEAD_STEP if step_id else t.THEMES_HEAD_SESSION).format(**where)
    entries = [*theme_entries(found, mood), "\n".join(theme_notes(found))]
    more = " ".join(["/themes", cosession.join_code, *([step_id] if step_id else [])])
    say_page(ctx, cosession.title, more, head, entries, page)


def _step_and_page(rest: list[str], flow: Flow | None) -> tuple[str | None, int] | None:
    """([step], [page]) after the code: a number is a page unless the flow has a step of
    that name; None if it is neither."""
    rest = list(rest)
    page = 1
    number = parse_id(rest[-1]) if rest else None
    if number is not None and (len(rest) == 2 or flow is None or flow.step(rest[-1]) is None):
        page = number
        rest.pop()
    if len(rest) > 1:
        return None
    return (rest[0] if rest else None), page


def _step(flow: Flow, step_id: str) -> Step | None:
    step = flow.step(step_id)
    return step if step is not None and step.kind not in NOT_ASKED else None
