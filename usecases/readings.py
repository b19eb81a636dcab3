"""What members wrote, for a session's organisers and coordinators: /proposals <code> (ids,
tallies, authors' pseudonyms), /feedback <code> (newest first, with sentiment) and
/answers <code> <step>; each in pages that fit a message."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

import texts.reports
from dialogs import texts as flow_texts
from dialogs.models import ChoiceStep, Engagement, ScaleStep
from dialogs.render import answer_text
from reports.cells import visible
from reports.figures import mood_of
from reports.pseudonyms import Labels
from storage import exports, sessions
from storage.models import CoSession, id_of
from usecases.access import allowed, session_in_reach
from usecases.audit import note
from usecases.context import Ctx
from usecases.paging import say_page
from usecases.parsing import parse_id
from usecases.picking import offer
from usecases.roles import Role
from usecases.times import reader_time

ROLES = (Role.ORGANISER, Role.COORDINATOR)


def names_a_session(ctx: Ctx, args: str) -> bool:
    """`<code> [page]` where the code is a session's: an organiser's reading, not a member's
    words (a member's one-word feedback that happens to be a join code is read as a request)."""
    words = args.split()
    if not 1 <= len(words) <= 2 or (len(words) == 2 and parse_id(words[1]) is None):
        return False
    return sessions.get_session_by_code(db=ctx.db, code=words[0]) is not None


def read_proposals(ctx: Ctx, args: str) -> None:
    """/proposals <code> [page]: every proposal with its id, tallies and author's pseudonym."""
    found = _session_and_page(ctx, args, "/proposals")
    if found is None:
        return
    cosession, page = found
    note(ctx, cosession.id, "read_proposals", page=page)
    labels = Labels(cosession.pseudonym_salt)
    tallies = exports.tallies(db=ctx.db, session_id=id_of(cosession))
    if not tallies:
        ctx.say(texts.reports.NO_PROPOSALS_READ.format(title=cosession.title))
        return
    entries = [
        texts.reports.PROPOSAL_LINE.format(
            id=t.number,
            author=labels(t.member_id) or "—",
            agree=t.agree,
            disagree=t.disagree,
            passed=t.passed,
            flags=(texts.reports.PROPOSAL_WITHDRAWN_FLAG if t.withdrawn else "")
            + (texts.reports.PROPOSAL_HIDDEN_FLAG if t.hidden and not t.withdrawn else ""),
            text=texts.reports.WITHDRAWN_TEXT
            if t.withdrawn
            else texts.reports.QUOTED.format(text=visible(t.text)),
        )
        for t in tallies
    ]
    head = texts.reports.PROPOSALS_HEAD.format(
        title=cosession.title, n=len(tallies), code=cosession.join_code
    )
    say_page(ctx, cosession.title, f"/proposals {cosession.join_code}", head, entries, page)


def read_feedback(ctx: Ctx, args: str) -> None:
    """/feedback <code> [page]: the session's feedback, newest first, with its sentiment."""
    found = _session_and_page(ctx, args, "/feedback")
    if found is None:
        return
    cosession, page = found
    note(ctx, cosession.id, "read_feedback", page=page)
    labels, mood = Labels(cosession.pseudonym_salt), _mood(ctx, cosession)
    given = exports.feedback(db=ctx.db, session_id=id_of(cosession), newest_first=True)
    if not given:
        ctx.say(texts.reports.NO_FEEDBACK_READ.format(title=cosession.title))
        return
    entries = [
        texts.reports.FEEDBACK_LINE.format(
            id=f.id,
            when=_when(ctx, f.created_at),
            author=labels(f.member_id) or "—",
            mood=mood(f.polarity),
            text=visible(f.text),
        )
        for f in given
    ]
    head = texts.reports.FEEDBACK_HEAD.format(title=cosession.title, n=len(given))
    say_page(ctx, cosession.title, f"/feedback {cosession.join_code}", head, entries, page)


def _which_step(ctx: Ctx, words: list[str]) -> None:
    """/answers alone: the sessions as buttons; with only a code: its questions."""
    if not words:
        offer(ctx, "answers")
        return
    cosession = session_in_reach(ctx, words[0], *ROLES, command="/answers")
    flow = ctx.services.flows.of_session(ctx.db, cosession) if cosession else None
    if cosession is None or flow is None:
        return
    steps = ", ".join(s.id for s in flow.steps if s.kind not in ("message", "vote"))
    ctx.say(texts.reports.ANSWERS_WHICH.format(title=cosession.title, code=words[0], steps=steps))


def read_answers(ctx: Ctx, args: str) -> None:
    """/answers <code> <step> [page]: a choice or scale step's counts, or what members wrote
    (with the follow-ups and details they added)."""
    words = args.split()
    if len(words) < 2:
        _which_step(ctx, words)
        return
    page = parse_id(words[2]) if len(words) == 3 else 1
    if len(words) not in (2, 3) or page is None:
        ctx.say(texts.reports.ANSWERS_USAGE_PLAIN)
        return
    cosession = session_in_reach(ctx, words[0], *ROLES, command="/answers")
    flow = ctx.services.flows.of_session(ctx.db, cosession) if cosession else None
    if cosession is None or flow is None:
        return
    step = flow.step(words[1])
    if step is None or step.kind in ("message", "vote"):
        steps = ", ".join(s.id for s in flow.steps if s.kind not in ("message", "vote"))
        ctx.say(
            texts.reports.NO_SUCH_STEP.format(
                title=cosession.title, step=words[1][:64], steps=steps
            )
        )
        return
    note(ctx, cosession.id, "read_answers", step=step.id, page=page)
    given = exports.step_answers(db=ctx.db, session_id=id_of(cosession), step_id=step.id)
    if not given:
        ctx.say(texts.reports.NO_ANSWERS_READ.format(title=cosession.title, step=step.id))
        return
    labels, mood = Labels(cosession.pseudonym_salt), _mood(ctx, cosession)
    entries = []
    if isinstance(step, ChoiceStep | ScaleStep):
        counts = Counter(answer_text(step, a.value) for a in given if a.step_id == step.id)
        tally = [
            texts.reports.ANSWERS_TALLY.format(label=k, count=n) for k, n in counts.most_common()
        ]
        entries = ["\n".join(tally)]
    for a in given:
        if a.step_id == step.id and isinstance(step, ChoiceStep | ScaleStep):
            continue
        line = texts.reports.SIDE_ANSWER_LINE if a.step_id != step.id else texts.reports.ANSWER_LINE
        feeling = f" · {mood(a.polarity)}" if a.text else ""
        text = visible(a.text) if a.text is not None else flow_texts.SKIPPED
        entries.append(
            line.format(
                author=labels(a.member_id),
                when=_when(ctx, a.created_at),
                kind=texts.reports.SIDE_KINDS.get(a.kind, a.kind),
                mood=feeling,
                text=text,
            )
        )
    head = texts.reports.ANSWERS_HEAD.format(step=step.id, title=cosession.title, n=len(given))
    say_page(ctx, cosession.title, f"/answers {cosession.join_code} {step.id}", head, entries, page)


def _session_and_page(ctx: Ctx, args: str, command: str) -> tuple[CoSession, int] | None:
    words = args.split()
    page = parse_id(words[1]) if len(words) == 2 else 1
    if not 1 <= len(words) <= 2 or page is None:
        ctx.say(texts.reports.READ_USAGE.format(command=command))
        return None
    if not allowed(ctx, *ROLES, command=f"{command} <code>"):  # a member's command that
        return None  # reads a session for its team
    cosession = session_in_reach(ctx, words[0], *ROLES, command=f"{command} <code>")
    return (cosession, page) if cosession is not None else None


def _mood(ctx: Ctx, cosession: CoSession):
    flow = ctx.services.flows.of_session(ctx.db, cosession)
    rules = flow.engagement if flow is not None else Engagement()
    classify = mood_of(rules.negative_threshold, rules.positive_threshold)

    def mood(polarity: float | None) -> str:
        if polarity is None:
            return texts.reports.MOOD_UNKNOWN
        label = classify(polarity)
        return texts.reports.MOOD.format(
            label=texts.reports.MOODS.get(label, label), polarity=polarity
        )

    return mood


def _when(ctx: Ctx, at: datetime) -> str:
    return reader_time(ctx, at)
