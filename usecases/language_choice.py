"""/language: the member chooses the language they read among those their session offers
(buttons, or the code typed); the choice is theirs across sessions, and the question
waiting for them comes again in it. Said once, after consent, when there is a choice."""

from __future__ import annotations

import texts.members
from storage import members as member_store
from storage.models import id_of
from texts import i18n
from texts.languages import button_name, name_in, own_name
from usecases.access import Denied, Place, Refusal, place_of, refuse
from usecases.actions import LanguageButton
from usecases.answer import show_current
from usecases.context import Ctx, Out
from usecases.languages import session_languages

PER_ROW = 3


def language(ctx: Ctx, typed: str = "") -> None:
    """/language [code]: the session's languages as buttons, or the one typed chosen."""
    place = place_of(ctx, consented=False, open_only=False)
    if isinstance(place, Refusal):
        ctx.say(texts.members.LANGUAGE_NO_SESSION)
        return
    offered = _offered(place)
    title = place.cosession.title
    if typed.strip():
        wanted = typed.split()[0]
        chosen = next((c for c in offered if c.lower() == wanted.lower()), None)
        if chosen is None:
            names = ", ".join(f"{own_name(c)} ({c})" for c in offered)
            ctx.say(texts.members.LANGUAGE_NOT_OFFERED.format(
                title=title, typed=wanted[:20], languages=names))  # fmt: skip
            return
        _choose(ctx, place, chosen)
        return
    if len(offered) < 2:
        ctx.say(texts.members.LANGUAGE_ONLY.format(title=title, language=_name(place.language)))
        return
    buttons = [
        (("✅ " if code == place.language else "") + button_name(code),
         LanguageButton(id_of(place.cosession), code))
        for code in offered
    ]  # fmt: skip
    rows = tuple(tuple(buttons[i : i + PER_ROW]) for i in range(0, len(buttons), PER_ROW))
    ask = texts.members.LANGUAGE_ASK.format(language=_name(place.language), title=title)
    ctx.say(Out(ask, rows))


def choose_language(ctx: Ctx, action: LanguageButton) -> None:
    """A tap on one of the languages: only one the member's session offers changes it."""
    place = place_of(ctx, session_id=action.session_id, consented=False, open_only=False)
    if isinstance(place, Refusal) or action.language not in _offered(place):
        refuse(ctx, Refusal(Denied.STALE))
        return
    _choose(ctx, place, action.language)


def _choose(ctx: Ctx, place: Place, code: str) -> None:
    name = name_in(code, i18n.language())
    if code == place.language and place.member.language == code:
        _tell(ctx, texts.members.LANGUAGE_UNCHANGED.format(language=name))
        return
    member_store.set_language(db=ctx.db, member=place.member, language=code)
    i18n.set_language(i18n.shipped(code) or i18n.language())  # the bot's words follow
    _tell(ctx, texts.members.LANGUAGE_SET.format(language=name_in(code, i18n.language())))
    again = place_of(ctx, session_id=id_of(place.cosession))  # now in the new language
    if isinstance(again, Place) and not again.member.paused:
        show_current(ctx, again)


def _tell(ctx: Ctx, said: str) -> None:
    """In place of the buttons when tapped, else a reply."""
    if ctx.tap:
        ctx.toast = said
        ctx.edit(Out(said))
    else:
        ctx.say(said)


def say_how_to_change(ctx: Ctx, place: Place) -> None:
    """After consent, when the session offers a choice: the language, and how to change it."""
    offered = _offered(place)
    if len(offered) > 1:
        others = ", ".join(own_name(code) for code in offered if code != place.language)
        ctx.say(texts.members.LANGUAGE_HINT.format(language=_name(place.language),
                                                   others=others))  # fmt: skip


def _offered(place: Place) -> tuple[str, ...]:
    return session_languages(place.cosession, place.flow)


def _name(code: str) -> str:
    """A language named in the words being spoken ("inglés" for a Spanish reader)."""
    return name_in(code, i18n.language())
