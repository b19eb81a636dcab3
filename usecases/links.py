"""A session's links as members pass them on (the payloads: `storage.codes`, decision
0033): a member's invitation, a proposal they share, a champion's seed link, the linked
group's; and the Telegram share button that passes one on with a ready text."""

from __future__ import annotations

from urllib.parse import quote

from storage import codes
from storage.models import CoSession, Participation, Proposal, Seed
from usecases.actions import Link
from usecases.context import Ctx

SHARE = "https://t.me/share/url"  # Telegram's own share page: pick a chat, edit, send
SHARED_TEXT = 120  # characters of a proposal quoted in a share's ready text


def invite_link(ctx: Ctx, cosession: CoSession, participation: Participation) -> str:
    """The member's own invitation link of the session."""
    return ctx.services.join_link(codes.invite_payload(cosession.join_code, participation.ref_code))


def proposal_link(
    ctx: Ctx, cosession: CoSession, proposal: Proposal, participation: Participation
) -> str:
    """The member's link to a proposal: whoever joins through it sees it first, and is
    counted as brought by the member."""
    payload = codes.proposal_payload(
        cosession.join_code, proposal.number or 0, participation.ref_code
    )
    return ctx.services.join_link(payload)


def seed_link(ctx: Ctx, cosession: CoSession, seed: Seed) -> str:
    return ctx.services.join_link(codes.seed_payload(cosession.join_code, seed.code))


def group_link(ctx: Ctx, cosession: CoSession) -> str:
    """The link the bot gives in the community's linked group."""
    return ctx.services.join_link(codes.group_payload(cosession.join_code))


def share_url(link: str, text: str) -> str:
    """Telegram's share page for `link` with a ready `text` the member may edit first
    (https://core.telegram.org/widgets/share: both values URL-encoded)."""
    return f"{SHARE}?url={quote(link, safe='')}&text={quote(text, safe='')}"


def share_button(label: str, link: str, text: str) -> tuple[str, Link]:
    """A button that opens the share page: one row's worth, `(label, Link)`."""
    return label, Link(share_url(link, text))


def shortened(text: str, limit: int = SHARED_TEXT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
