"""How people came and what they did, for a session's organisers and coordinators (decision
0034): /funnel <code> (the trust funnel, by source, tag, champion and seed, and where members
stopped in the questions), /reach <code> (the cascades of invitations, with their tree as a
picture) and /champions <code> (the ranking, who to involve next, and the power/interest
picture). Members appear under pseudonyms unless the team may see names (an organiser;
a coordinator where an organiser allowed it). `gather` is what /stats, the report and the
exports read too."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

import texts.reach
from dialogs import opinions
from dialogs.opinions import Groups
from reports.funnel import trust_funnel
from reports.pseudonyms import Labels
from reports.reach import Reach
from reports.reach_charts import draw_cascades, draw_power
from reports.reach_figures import ReachFigures, figures
from reports.reach_text import champion_sections, funnel_sections, reach_sections
from storage import exports
from storage import reach as reach_store
from storage.models import CoSession, Kind, id_of
from usecases import files
from usecases.access import session_named, session_role
from usecases.audit import note
from usecases.context import Ctx, Services
from usecases.paging import pages
from usecases.picking import offer
from usecases.roles import Role

ROLES = (Role.ORGANISER, Role.COORDINATOR)
NAMED = 10  # champions whose pseudonyms /stats' figures carry (for the report)


def group_labels(groups: Groups) -> dict[int, str]:
    """Member id -> opinion group ("A", "B"...), when the session has groups."""
    if groups.status != "groups":
        return {}
    return {m: opinions.label(n) for n, members in enumerate(groups.groups) for m in members}


def read(
    db: Session, services: Services, cosession: CoSession, groups: Mapping[int, str] | None = None
) -> Reach:
    """The session's records (`storage.reach`), its flow's order and its opinion groups
    (found from its votes unless given)."""
    sid = id_of(cosession)
    flow = services.flows.of_session(db, cosession)
    if groups is None:
        groups = group_labels(opinions.opinion_groups(exports.votes(db=db, session_id=sid)))
    return Reach(
        reach_store.joined(db=db, session_id=sid),
        opened=reach_store.openers(db=db, session_id=sid),
        steps=reach_store.steps(db=db, session_id=sid),
        step_order=[s.id for s in flow.steps] if flow is not None else (),
        seeds=reach_store.seeds(db=db, session_id=sid),
        groups=groups,
    )


def gather(
    db: Session, services: Services, cosession: CoSession, groups: Mapping[int, str] | None = None
) -> ReachFigures:
    return figures(read(db, services, cosession, groups))


def may_see_names(ctx: Ctx, cosession: CoSession) -> bool:
    """Organisers may see members' names; coordinators if an organiser allowed them."""
    return session_role(ctx, cosession) == Role.ORGANISER or cosession.names_for_coordinators


def labels(db: Session, cosession: CoSession, names: bool) -> Labels:
    """Members as the team sees them: pseudonyms, or their Telegram names."""
    if not names:
        return Labels(cosession.pseudonym_salt)
    people = exports.people(db=db, session_id=id_of(cosession))
    return Labels(cosession.pseudonym_salt, {i: (n, u) for i, (n, u, _) in people.items()})


def _session(ctx: Ctx, args: str, command: str) -> CoSession | None:
    if not args.strip():
        offer(ctx, command)
        return None
    return session_named(ctx, args, *ROLES, command=f"/{command}")


def _say(ctx: Ctx, sections: list[str]) -> None:
    for part in pages(sections):  # a large session's lists: more than one message
        ctx.say("\n\n".join(part))


def funnel(ctx: Ctx, args: str) -> None:
    """/funnel <code>: the trust funnel, its breakdowns, where members stopped."""
    cosession = _session(ctx, args, "funnel")
    if cosession is None:
        return
    note(ctx, cosession.id, "read", what="its trust funnel")
    found = read(ctx.db, ctx.services, cosession, groups={})
    label = labels(ctx.db, cosession, may_see_names(ctx, cosession))
    sections = funnel_sections(
        cosession.title, cosession.join_code, trust_funnel(found), found.seeds, label
    )
    _say(ctx, sections)


def reach(ctx: Ctx, args: str) -> None:
    """/reach <code>: the cascades in words now, their trees as a picture right after."""
    cosession = _session(ctx, args, "reach")
    if cosession is None:
        return
    note(ctx, cosession.id, "read", what="its reach")
    found = gather(ctx.db, ctx.services, cosession, groups={})
    names = may_see_names(ctx, cosession)
    label = labels(ctx.db, cosession, names)
    title, code = cosession.title, cosession.join_code
    _say(ctx, reach_sections(title, code, found.cascades, found.reach.seeds, label))
    if found.cascades.trees:
        caption = texts.reach.REACH_CAPTION.format(title=title)
        params = {"session_id": cosession.id, "names": names}
        files.ask(ctx, "cascades", params, caption, kind=Kind.PHOTO, session_id=cosession.id)


def champions(ctx: Ctx, args: str) -> None:
    """/champions <code>: the ranking and who to involve next now, the power/interest
    picture right after."""
    cosession = _session(ctx, args, "champions")
    if cosession is None:
        return
    note(ctx, cosession.id, "read", what="its champions")
    found = gather(ctx.db, ctx.services, cosession)
    names = may_see_names(ctx, cosession)
    label = labels(ctx.db, cosession, names)
    _say(ctx, champion_sections(cosession.title, found.champions, label))
    if found.champions.points:
        caption = texts.reach.CHAMPIONS_CAPTION.format(title=cosession.title)
        params = {"session_id": cosession.id, "names": names}
        files.ask(ctx, "power", params, caption, kind=Kind.PHOTO, session_id=cosession.id)


@files.maker("cascades")
def make_cascades(
    db: Session, services: Services, now: datetime, params: dict[str, Any], folder: Path
) -> files.Made:
    cosession = files.session_of(db, params)
    found = gather(db, services, cosession, groups={})
    label = labels(db, cosession, bool(params.get("names")))
    path = folder / f"cascades-{cosession.join_code}-{now:%Y%m%d%H%M%S%f}.png"
    draw_cascades(found.cascades, found.graph, cosession.title, label, path)
    caption = texts.reach.REACH_CAPTION.format(title=cosession.title)
    return files.Made(path, f"{cosession.join_code}-cascades.png", caption)


@files.maker("power")
def make_power(
    db: Session, services: Services, now: datetime, params: dict[str, Any], folder: Path
) -> files.Made:
    cosession = files.session_of(db, params)
    found = gather(db, services, cosession)
    label = labels(db, cosession, bool(params.get("names")))
    path = folder / f"power-{cosession.join_code}-{now:%Y%m%d%H%M%S%f}.png"
    draw_power(found.champions, cosession.title, label, path)
    caption = texts.reach.CHAMPIONS_CAPTION.format(title=cosession.title)
    return files.Made(path, f"{cosession.join_code}-champions.png", caption)
