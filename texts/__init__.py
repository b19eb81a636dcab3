"""Every text the bot shows people (English), in one place for review and translation, split
by audience and feature; the engine's own texts are in `dialogs/texts.py`.

Texts are plain; the shell escapes them for HTML. Placeholders use str.format. This package
imports nothing from the project.
"""
