"""What members wrote, for a session's organisers and coordinators: /proposals <code> (ids,
tallies, authors' pseudonyms), /feedback <code> (newest first, with sentiment) and
/answers <code> [step] (results per question; the questions as buttons when no step is
named); each in pages that fit a message."""

from __future__ import annotations

from datetime import datetime

import texts.reports
import texts.segments
from dialogs.models import Engagement
from reports.cells import visible
from reports.figures import mood_of
from reports.pseudonyms import Labels
from reports.results import QUESTION_KINDS, questions
from reports.results_text import PROMPT, entries, short
from storage import exports, sessions
from storage.models import CoSession, id_of
from usecases import segments
from usecases.access import Denied, Refusal, allowed, refuse, run_command, session_in_reach
from usecases.actions import QuestionButton
from usecases.audit import note
from usecases.context import Ctx, Out
from usecases.paging import say_page
from usecases.parsing import parse_id
from usecases.picking import offer
from usecases.roles import Role
from usecases.stats import question_results
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


def _which_step(ctx: Ctx, words: list[str], name: str | None) -> None:
    """/answers alone: the sessions as buttons; with only a code: its questions as buttons,
    each with how many answered (of a segment's members)."""
    if not words:
        offer(ctx, "answers")
        return
    cosession = session_in_reach(ctx, words[0], *ROLES, command="/answers")
    flow = ctx.services.flows.of_session(ctx.db, cosession) if cosession else None
    if cosession is None or flow is None:
        return
    target = segments.target(ctx, cosession, name)
    if name is not None and (target is None or segments.too_small(ctx, target)):
        return
    labels = Labels(cosession.pseudonym_salt)
    found = question_results(ctx.db, flow, cosession, [], labels, among=segments.among(target))
    if not found:
        ctx.say(texts.reports.NO_QUESTIONS.format(title=cosession.title))
        return
    rows = tuple(
        (
            (
                texts.reports.ANSWERS_BUTTON.format(label=short(q.label, 40), n=q.answered),
                QuestionButton(id_of(cosession), q.step_id, target.name if target else "-"),
            ),
        )
        for q in found
    )
    which = texts.reports.ANSWERS_WHICH.format(title=cosession.title)
    if target is not None:
        which = f"{segments.cut_head(target)}\n{which}"
    ctx.say(Out(which, rows))


def question_tap(ctx: Ctx, action: QuestionButton) -> None:
    """A question chosen under /answers <code>: its results, as if typed, through the same
    role check; the session and the step are checked again."""
    cosession = sessions.get_session(db=ctx.db, session_id=action.session_id)
    command = next((c for c in ctx.services.commands if c.name == "answers"), None)
    if cosession is None or command is None:
        refuse(ctx, Refusal(Denied.STALE))
        return
    cut = f" --to {action.segment}" if action.segment != "-" else ""
    run_command(ctx, command, f"{cosession.join_code} {action.step_id}{cut}")


def read_answers(ctx: Ctx, args: str) -> None:
    """/answers <code> <step> [page]: one question's results: a choice's options or a scale's
    points with counts and shares (a scale's mean and median), what members wrote (newest
    first, with sentiment, and the follow-ups and detail they added), skips counted.
    `--to NAME`: of a segment's members only (nothing for a segment of fewer than 5)."""
    read = segments.read_to(args)
    if read is None:
        ctx.say(texts.segments.TO_MISSING)
        return
    args, name = read
    words = args.split()
    if len(words) < 2:
        _which_step(ctx, words, name)
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
    if step is None or step.kind not in QUESTION_KINDS:
        steps = ", ".join(q.id for q in questions(flow))
        ctx.say(
            texts.reports.NO_SUCH_STEP.format(
                title=cosession.title, step=words[1][:64], steps=steps
            )
        )
        return
    target = segments.target(ctx, cosession, name)
    if name is not None and (target is None or segments.too_small(ctx, target)):
        return
    what = f"the answers to {step.id}"
    note(ctx, cosession.id, "read", what=what, page=page, **segments.audited(target))
    tallies = exports.tallies(db=ctx.db, session_id=id_of(cosession))
    labels = Labels(cosession.pseudonym_salt)
    among = segments.among(target)
    [q] = question_results(ctx.db, flow, cosession, tallies, labels, only=step.id, among=among)
    if not (q.answered or q.skipped or q.erased or q.quotes):
        ctx.say(texts.reports.NO_ANSWERS_READ.format(title=cosession.title, step=step.id))
        return
    head = texts.reports.ANSWERS_HEAD.format(
        title=cosession.title, step=step.id, prompt=visible(short(q.prompt, PROMPT))
    )
    if target is not None:
        head = f"{segments.cut_head(target)}\n{head}"
    more = f"/answers {cosession.join_code} {step.id}" + (
        f" --to {target.name}" if target is not None else ""
    )
    say_page(ctx, cosession.title, more, head, entries(q, lambda at: _when(ctx, at)), page)


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
