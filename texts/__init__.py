"""Every text the bot shows people (English), in one place for review and translation, a
module per audience or feature: `members` (joining, consent, pausing, their own data),
`commands` (the command menus and /help), `organisers` (sessions, roles, the audit, levers),
`proposals` (proposals and votes), `polls`, `reports` (reading, /stats, exports, the HTML
report), `themes` (themes in what members wrote) and `shell` (the Telegram shell's own).
The engine's own texts are in `dialogs/texts.py`.

Texts are plain; the shell escapes them for HTML. Placeholders use str.format. This package
imports nothing from the project.
"""
