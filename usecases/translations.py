"""Proposals across languages: a session's organisers add a proposal's translation
(`/translate`); each member sees a proposal in their language when it has one, otherwise as
written with its language named. It stays one proposal: the votes of every language count
for it together."""

from __future__ import annotations

import texts.proposals
from dialogs.proposals import proposal_limits, tidy
from storage import translations
from storage.models import Proposal, id_of
from texts import i18n
from texts.languages import name_in
from usecases.audit import note
from usecases.context import Ctx
from usecases.languages import session_languages
from usecases.numbered import find_proposal
from usecases.roles import Role

TRANSLATION_LIMIT = 1000  # ProposalTranslation.text


def shown_to(ctx: Ctx, proposal: Proposal, language: str) -> tuple[str, str | None]:
    """A proposal's words as a reader of `language` sees them, and a note naming the language
    it was written in when that is not theirs (a proposal of unknown language: as written,
    no note)."""
    written = proposal.language
    if written is None or written == language:
        return proposal.text, None
    name = name_in(written, language)
    translated = translations.translation_of(
        db=ctx.db, proposal_id=id_of(proposal), language=language
    )
    if translated is not None:
        return translated, texts.proposals.CARD_TRANSLATED.format(language=name)
    return proposal.text, texts.proposals.CARD_WRITTEN_IN.format(language=name)


def translate(ctx: Ctx, args: str) -> None:
    """/translate [code] <proposal number> <language> <text>: the proposal in one of the
    session's languages (replacing the one it had in that language)."""
    if len(args.split()) < 3:
        ctx.say(texts.proposals.TRANSLATE_USAGE)
        return
    found = find_proposal(ctx, args, Role.ORGANISER, command="/translate")
    if found is None:
        return
    parts = found.rest.split(maxsplit=1)
    if len(parts) < 2:
        ctx.say(texts.proposals.TRANSLATE_USAGE)
        return
    cosession, proposal = found.cosession, found.item
    flow = ctx.services.flows.of_session(ctx.db, cosession)
    offered = session_languages(cosession, flow)
    language = next((code for code in offered if code.lower() == parts[0].lower()), None)
    text = tidy(parts[1])
    most = min(proposal_limits(flow).max_length, TRANSLATION_LIMIT) if flow else TRANSLATION_LIMIT
    if language is None:
        names = ", ".join(f"{name_in(code, i18n.language())} ({code})" for code in offered)
        ctx.say(texts.proposals.TRANSLATE_NOT_OFFERED.format(typed=parts[0][:20], languages=names))
    elif proposal.withdrawn_at is not None:
        ctx.say(texts.proposals.NO_SUCH_PROPOSAL.format(id=proposal.number))
    elif proposal.language == language:
        ctx.say(
            texts.proposals.TRANSLATE_SAME.format(
                id=proposal.number, language=name_in(language, i18n.language())
            )
        )
    elif len(text) > most:
        ctx.say(texts.proposals.TRANSLATE_LONG.format(most=most))
    else:
        _store(ctx, proposal, language, text)


def _store(ctx: Ctx, proposal: Proposal, language: str, text: str) -> None:
    before = translations.translate(
        db=ctx.db,
        proposal_id=id_of(proposal),
        language=language,
        text=text,
        by=ctx.actor.telegram_id,
        now=ctx.now,
    )
    note(ctx, proposal.session_id, "translated", proposal=proposal.number, language=language)
    name = name_in(language, i18n.language())
    if before is None or before == text:
        ctx.say(texts.proposals.TRANSLATED.format(id=proposal.number, language=name, text=text))
    else:
        ctx.say(texts.proposals.TRANSLATION_REPLACED.format(
            id=proposal.number, language=name, text=text, before=before))  # fmt: skip
