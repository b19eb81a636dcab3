"""Every text the bot shows people, in one place for review and translation, a module per
audience or feature: `members` (joining, consent, pausing, their own data), `commands` (the
command menus and /help), `organisers` (sessions, roles, the audit, levers), `proposals`
(proposals and votes), `polls`, `reports` (reading, /stats, exports), `outcomes` (you said,
we did), `themes` (themes in what members wrote), `report` (the shareable report) and `shell`
(the Telegram shell's own). The engine's own texts are in `dialogs/texts.py`, what `flows
check` says in `dialogs/check_texts.py` (`flowcheck`); `languages` names languages (Babel).

Each module declares its texts' names; their words are in `locales/<lang>/<module>.ftl`
(Fluent; English the source), read in the language being spoken (`i18n.speaking`). A new
text may be written as a Python constant (`str.format` placeholders): `python -m
texts.to_ftl` moves it into the English catalogue and marks it for translation. Texts are
plain; the shell escapes them for HTML. This package imports nothing from the project.
"""
