"""/report <code> [--moderated] in Telegram and `codesign report` on the server: the session's
shareable report, one HTML file (`reports.report`). In the chat it is a document made off
the event loop by the `report` file maker, as exports are. Hidden proposals are left out
(a line says how many) unless `--moderated` asks for them, marked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from sqlmodel import Session

import texts.outcomes
import texts.report
import texts.reports
import texts.segments
from dialogs.conditions import asked_of_everyone
from dialogs.models import OPTION_KINDS, ChoiceStep, Engagement, Flow, ScaleStep
from dialogs.outcomes import IMPACTS
from reports.figures import SessionStats, mood_of
from reports.pseudonyms import Labels, Scrub
from reports.report import render
from reports.report_data import (
    Asked,
    Choice,
    Joining,
    Outcome,
    PollShown,
    QuestionResult,
    Quote,
    ReportData,
    Staff,
    Theme,
    Themes,
)
from reports.theme_text import theme_notes
from reports.themes import Said, group
from storage import exports, polls, teams
from storage import flows as flow_store
from storage import members as member_store
from storage import stats as stats_store
from storage.free_text import free_text
from storage.models import CoSession, id_of
from usecases import files, segments
from usecases.access import session_in_reach
from usecases.audit import note
from usecases.context import Ctx, Services
from usecases.picking import offer
from usecases.roles import Role
from usecases.stats import gather

ASKING = ("choice", "interests", "scale", "text", "proposal", "feedback", "vote")  # that ask
MODERATED = "--moderated"


def report(ctx: Ctx, args: str) -> None:
    """/report <code> [--moderated] [--to NAME]: one line now, the file when it is made (of
    a segment's members only: none for a segment of fewer than 5)."""
    read = segments.read_to(args)
    if read is None:
        ctx.say(texts.segments.TO_MISSING)
        return
    args, name = read
    words = args.split()
    if not words:
        offer(ctx, "report")
        return
    moderated = MODERATED in words
    words = [w for w in words if w != MODERATED]
    if len(words) != 1:
        ctx.say(texts.report.USAGE)
        return
    cosession = session_in_reach(ctx, words[0], Role.ORGANISER, Role.COORDINATOR, command="/report")
    if cosession is None:
        return
    target = segments.target(ctx, cosession, name)
    if name is not None and (target is None or segments.too_small(ctx, target)):
        return
    shown = texts.report.AUDIT_MODERATED if moderated else ""
    what = texts.report.AUDIT.format(moderated=shown)
    note(ctx, cosession.id, "read", what=what, **segments.audited(target))
    ctx.say(texts.report.QUEUED.format(title=cosession.title))
    aimed = {"segment": target.name} if target is not None else {}
    files.ask(
        ctx,
        "report",
        {"session_id": cosession.id, "moderated": moderated, **aimed},
        texts.report.QUEUED.format(title=cosession.title),
        session_id=cosession.id,
    )


@files.maker("report")
def make_report(
    db: Session, services: Services, now: datetime, params: dict[str, Any], folder: Path
) -> files.Made:
    cosession = files.session_of(db, params)
    moderated = bool(params.get("moderated"))
    target = segments.cut_for(db, services, now, cosession, params.get("segment"))
    if target is not None and target.small:  # it shrank since it was asked for: no report
        return segments.small_file(folder, cosession.join_code, target, now)
    path = folder / f"report-{cosession.join_code}-{now:%Y%m%d%H%M%S%f}.html"
    with path.open("w", encoding="utf-8") as out:
        write_report(db, services, cosession, out, now, moderated=moderated, target=target)
    caption = texts.report.CAPTION.format(
        title=cosession.title, moderated=texts.report.CAPTION_MODERATED if moderated else ""
    )
    return files.Made(path, f"{cosession.join_code}-report-{now:%Y%m%d}.html", caption)


def write_report(
    db: Session,
    services: Services,
    cosession: CoSession,
    out: TextIO,
    now: datetime,
    *,
    moderated: bool = False,
    target: segments.Target | None = None,
) -> ReportData:
    """The report written to `out` as one HTML document (of a segment's members only:
    `target`); returns what it shows."""
    data = gather_report(db, services, cosession, now, moderated=moderated, target=target)
    render(data, out)
    return data


def gather_report(
    db: Session,
    services: Services,
    cosession: CoSession,
    now: datetime,
    *,
    moderated: bool = False,
    target: segments.Target | None = None,
) -> ReportData:
    """Everything the report shows, from the database; of a segment's members only
    (`target`: what they answered, wrote and voted, no polls)."""
    sid, among = id_of(cosession), segments.among(target)
    flow = services.flows.of_session(db, cosession)
    rules = flow.engagement if flow is not None else Engagement()
    labels = Labels(cosession.pseudonym_salt)
    mood = mood_of(rules.negative_threshold, rules.positive_threshold)
    hide = Scrub(exports.people(db=db, session_id=sid), labels)  # names in members' words
    figures = gather(db, services, cosession, among)
    figures = replace(figures, proposals=[replace(t, text=hide(t.text)) for t in figures.proposals])
    invited = stats_store.invitations(db=db, session_id=sid, among=among)
    return ReportData(
        stats=figures,
        community=flow_store.names_of(db=db, cosession=cosession)["community"],
        made_at=now,
        zone=services.default_zone,
        team=_team(db, cosession),
        opened_at=cosession.opened_at,
        closed_at=cosession.closed_at,
        language=flow.language if flow is not None else "en",
        asked=_asked(flow),
        declined=stats_store.funnel(db=db, session_id=sid, among=among).declined,
        polls=_polls(db, sid, hide) if among is None else (),
        joining=Joining(
            joined=figures.members,
            invited=sum(n for _, n in invited),
            inviters=tuple((labels(member), n) for member, n in invited),
        ),
        # the join link while it is open (not known on the command line without the bot's name)
        link=services.join_link(cosession.join_code)
        if cosession.status == "open" and services.bot_username
        else "",
        moderated=moderated,
        mood=mood,
        questions=_questions(figures, moderated, hide),
        themes=_themes(db, sid, labels, mood, hide, among),
        outcomes=_outcomes(figures, moderated, hide),
        segment=target.name if target is not None else None,
    )


def _questions(
    figures: SessionStats, moderated: bool, hide: Callable[[str], str]
) -> tuple[QuestionResult, ...]:
    """The results per question /stats gathered, as the report reads them (a hidden
    proposal's words only in a report that shows the moderated ones)."""
    return tuple(
        QuestionResult(
            prompt=q.prompt,
            kind=q.kind,
            answered=q.answered,
            skipped=q.skipped,
            counts=tuple(Choice(c.label, c.count) for c in q.counts),
            multiple=q.multiple,
            mean=q.mean,
            median=q.median,
            quotes=tuple(
                Quote(hide(quote.text), quote.member, quote.mood)
                for quote in q.quotes
                if moderated or not quote.hidden
            ),
        )
        for q in figures.questions
    )


def _themes(
    db: Session,
    sid: int,
    labels: Labels,
    mood: Callable[[float | None], str],
    hide: Callable[[str], str],
    among: Any = None,
) -> Themes:
    """What members wrote (answers, feedback, replies when asked for more) in themes."""
    written = free_text(db=db, session_id=sid, among=among)
    found = group([Said(hide(w.text), w.polarity, labels(w.member_id)) for w in written])
    return Themes(
        answers=found.answers,
        themes=tuple(
            Theme(
                label=t.label,
                size=t.size,
                sentiment=t.sentiment,
                quotes=tuple(Quote(q.text, q.who, mood(q.polarity)) for q in t.quotes),
            )
            for t in found.themes
        ),
        too_few=found.too_few,
        notes=tuple(theme_notes(found)),
    )


def _outcomes(
    figures: SessionStats, moderated: bool, hide: Callable[[str], str]
) -> tuple[Outcome, ...]:
    """What became of proposals, with the answers to "did this change anything for you?"."""
    return tuple(
        Outcome(
            number=o.number,
            proposal=texts.reports.WITHDRAWN_TEXT if o.withdrawn else hide(o.text),
            state=o.now.state,
            note=hide(o.now.words or ""),
            decided_at=o.now.at,
            changed=tuple(
                Choice(texts.outcomes.IMPACT_LABELS[value], n)
                for value, n in o.counts(IMPACTS).items()
            )
            if o.answers
            else (),
            said=tuple(
                Quote(hide(a.words), figures.authors.get(a.member_id, ""))
                for a in o.answers
                if a.words
            ),
        )
        for o in figures.outcomes
        if moderated or not o.hidden
    )


def _team(db: Session, cosession: CoSession) -> tuple[Staff, ...]:
    """The owner and the team, by their Telegram names (those the bot never met, or who
    erased their data, are left out: the report holds no Telegram id)."""
    roles = [(cosession.created_by, "organiser")]
    roles += [(m.telegram_id, m.role) for m in teams.team_of(db=db, session_id=id_of(cosession))]
    names = member_store.telegram_names(db=db, telegram_ids={i for i, _ in roles})
    seen: set[int] = set()
    staff = []
    for telegram_id, role in roles:
        if telegram_id in names and telegram_id not in seen:
            seen.add(telegram_id)
            staff.append(Staff(names[telegram_id], role))
    return tuple(staff)


def _asked(flow: Flow | None) -> tuple[Asked, ...]:
    """The flow's questions in its order, as members read them."""
    if flow is None:
        return ()
    everyone = asked_of_everyone(flow)
    asked = []
    for step in flow.steps:
        if step.kind not in ASKING:
            continue
        choice = step if isinstance(step, ChoiceStep) else None
        scale = step if isinstance(step, ScaleStep) else None
        asked.append(
            Asked(
                prompt=step.prompt.strip(),
                kind="choice" if step.kind in OPTION_KINDS else step.kind,
                options=tuple(o.label for o in choice.options) if choice else (),
                multiple=choice.multiple if choice else False,
                scale=(scale.min, scale.max, scale.min_label or "", scale.max_label or "")
                if scale
                else None,
                optional=step.optional,
                everyone=step.id in everyone,
            )
        )
    return tuple(asked)


def _polls(db: Session, session_id: int, hide: Callable[[str], str]) -> tuple[PollShown, ...]:
    shown = []
    for poll in exports.polls(db=db, session_id=session_id):
        results = polls.poll_results(db=db, poll_id=id_of(poll))
        options = polls.poll_options(db=db, poll_id=id_of(poll))
        closed = poll.status == "closed"
        shown.append(
            PollShown(
                number=poll.number,
                question=hide(poll.question),
                options=tuple(
                    Choice(hide(o.text), results.counts.get(o.position, 0)) for o in options
                ),
                voters=results.voters,
                closed=closed,
                multiple=poll.multiple,
                anonymous=poll.anonymous,
                counts_hidden=poll.anonymous and not closed and not poll.live_counts,
                closed_at=poll.closed_at,
            )
        )
    return tuple(shown)
