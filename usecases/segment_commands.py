"""/segments <code>: a session's segments with how many are in each and may be messaged
now; /segment <code> add NAME RULE, remove NAME, show NAME (how many, and who by pseudonym
only, never a name). What a segment is and how it is worked out: `usecases.segments`."""

from __future__ import annotations

import texts.segments as say
from dialogs.segments import Has, Node, RuleError, check_name, unquote, walk
from reports.pseudonyms import pseudonym
from storage import audience
from storage import segments as store
from storage.models import CoSession, Segment, id_of
from usecases.access import session_in_reach
from usecases.audit import note
from usecases.context import Ctx
from usecases.picking import offer
from usecases.roles import Role
from usecases.segment_sql import inviters
from usecases.segments import SHOWN, condition_of, reachable_in, rule_of, say_unknown, target


def list_segments(ctx: Ctx, args: str) -> None:
    """/segments <code>: each segment, with how many are in it and may be messaged now."""
    words = args.split()
    if not words:
        offer(ctx, "segments")
        return
    if len(words) != 1:
        ctx.say(say.LIST_USAGE)
        return
    cosession = session_in_reach(
        ctx, words[0], Role.ORGANISER, Role.COORDINATOR, command="/segments"
    )
    if cosession is None:
        return
    found = store.segments_of(db=ctx.db, session_id=id_of(cosession))
    if not found:
        ctx.say(say.NONE_YET.format(title=cosession.title, code=cosession.join_code))
        return
    lines = [say.LIST_HEAD.format(title=cosession.title, n=len(found))]
    lines += [_line(ctx, cosession, segment) for segment in found]
    ctx.say("\n".join([*lines, "", say.LIST_FOOT.format(code=cosession.join_code)]))


def segment(ctx: Ctx, args: str) -> None:
    """/segment <code> add NAME RULE | remove NAME | show NAME."""
    code, verb, name, rule = _words(args)
    if not code or verb not in ("add", "remove", "show") or not name:
        ctx.say(say.USAGE)
        return
    roles = (Role.ORGANISER,) if verb != "show" else (Role.ORGANISER, Role.COORDINATOR)
    cosession = session_in_reach(ctx, code, *roles, command="/segment")
    if cosession is None:
        return
    if verb == "add":
        _add(ctx, cosession, name, rule)
    elif verb == "remove":
        _remove(ctx, cosession, name)
    else:
        _show(ctx, cosession, name)


def _words(args: str) -> tuple[str, str, str, str]:
    parts = args.strip().split(None, 3)
    parts += [""] * (4 - len(parts))
    return parts[0].lower(), parts[1].lower(), parts[2], parts[3]


def _add(ctx: Ctx, cosession: CoSession, name: str, rule: str) -> None:
    try:
        name = check_name(name)
        if not rule.strip():
            raise RuleError("empty", 1)
        node = rule_of(ctx, cosession, rule)
    except RuleError as error:
        ctx.say(say.NOT_ADDED.format(name=name[:40], problem=error.message()))
        return
    unknown = _unknown_inviters(ctx, cosession, node)
    if unknown:
        ctx.say(say.NO_INVITER.format(pseudonyms=", ".join(unknown)))
        return
    written = unquote(rule)
    added = store.add_segment(
        db=ctx.db,
        session_id=id_of(cosession),
        name=name,
        rule=written,
        origin="team",
        created_by=ctx.actor.telegram_id,
        now=ctx.now,
    )
    if not added:
        ctx.say(say.EXISTS.format(name=name, code=cosession.join_code))
        return
    note(ctx, cosession.id, "segment_added", name=name, rule=written)
    cond = condition_of(ctx, cosession, node)
    n = store.count(db=ctx.db, session_id=id_of(cosession), condition=cond)
    reachable = len(audience.recipients(db=ctx.db, session_id=id_of(cosession), among=cond))
    ctx.say(say.ADDED.format(name=name, rule=written, n=n, reachable=reachable,
                             code=cosession.join_code))  # fmt: skip


def _remove(ctx: Ctx, cosession: CoSession, name: str) -> None:
    name = name.lower()
    if not store.remove_segment(db=ctx.db, session_id=id_of(cosession), name=name):
        say_unknown(ctx, cosession, name)
        return
    note(ctx, cosession.id, "segment_removed", name=name)
    ctx.say(say.REMOVED.format(name=name, title=cosession.title))


def _show(ctx: Ctx, cosession: CoSession, name: str) -> None:
    """Who is in it now: how many, how many may be messaged, and their pseudonyms (never
    a name)."""
    found = target(ctx, cosession, name)
    if found is None:
        return
    rule = store.get_segment(db=ctx.db, session_id=id_of(cosession), name=found.name)
    ids = store.member_ids(db=ctx.db, session_id=id_of(cosession), condition=found.condition)
    reachable = len(reachable_in(ctx, cosession, found.name))
    head = say.SHOW_HEAD.format(name=found.name, rule=rule.rule if rule else "", n=len(ids),
                                reachable=reachable)  # fmt: skip
    salt = cosession.pseudonym_salt
    shown = sorted(pseudonym(salt, member) for member in ids)
    lines = [head]
    if shown:
        lines.append(", ".join(shown[:SHOWN]))
    if len(shown) > SHOWN:
        lines.append(say.SHOW_MORE.format(n=len(shown) - SHOWN))
    note(ctx, cosession.id, "read", what=f"segment {found.name}")
    ctx.say("\n".join(lines))


def _line(ctx: Ctx, cosession: CoSession, segment: Segment) -> str:
    origin = say.ORIGINS.get(segment.origin, segment.origin)
    try:
        cond = condition_of(ctx, cosession, rule_of(ctx, cosession, segment.rule))
    except RuleError as error:
        return say.LINE_BROKEN.format(name=segment.name, problem=error.message())
    n = store.count(db=ctx.db, session_id=id_of(cosession), condition=cond)
    reachable = len(audience.recipients(db=ctx.db, session_id=id_of(cosession), among=cond))
    return say.LINE.format(name=segment.name, origin=origin, n=n, reachable=reachable,
                           rule=segment.rule)  # fmt: skip


def _unknown_inviters(ctx: Ctx, cosession: CoSession, node: Node) -> list[str]:
    asked = {
        v for n in walk(node) if isinstance(n, Has) and n.name == "invited_by" for v in n.values
    }
    if not asked:
        return []
    known = inviters(ctx, cosession)
    return sorted(asked - set(known))
