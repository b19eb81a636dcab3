"""/myreach: how many joined the member's session through their links, and how many of
those took part; never who (decision 0033). With their invitation link to pass on."""

from __future__ import annotations

import texts.members
from storage import joins
from storage.models import id_of
from usecases.access import Place, place_of, refuse
from usecases.context import Ctx, Out
from usecases.links import invite_link, share_button


def myreach(ctx: Ctx) -> None:
    place = place_of(ctx, open_only=False)
    if not isinstance(place, Place):
        refuse(ctx, place)
        return
    cosession = place.cosession
    reach = joins.reach_of(db=ctx.db, session_id=id_of(cosession), member_id=id_of(place.member))
    if reach.joined:
        said = texts.members.MYREACH.format(
            title=cosession.title, joined=reach.joined, active=reach.activated
        )
    else:
        said = texts.members.MYREACH_NONE.format(title=cosession.title)
    if cosession.status != "open":
        ctx.say(said)
        return
    link = invite_link(ctx, cosession, place.participation)
    ready = texts.members.SHARE_INVITE_TEXT.format(title=cosession.title)
    share = share_button(texts.members.SHARE_INVITE_BUTTON, link, ready)
    ctx.say(Out(f"{said}\n\n{texts.members.MYREACH_LINK.format(link=link)}", ((share,),)))
