"""Themes in what members wrote (/themes <code> [step], `codesign themes FILE`, the report)."""

THEMES_USAGE = "Usage: /themes <session code> [step id] [page]"
THEMES_HEAD_SESSION = (
    "🧩 Themes in what members of “{title}” wrote: {n} answers, feedback and replies, "
    "biggest theme first."
)
THEMES_HEAD_STEP = "🧩 Themes in the answers to “{step}” in “{title}” ({n}), biggest first."
THEMES_HEAD_FILE = "Themes in {n} answers, biggest first."
THEME_LINE = "{number}. {label} · {size} of {total} · {mood}"
THEME_QUOTE = "   “{text}” ({who})"
THEME_QUOTE_PLAIN = "   “{text}”"
THEMES_TOO_FEW_SESSION = (
    "Members of “{title}” have written {n} answer(s) so far: too few to group into themes "
    "(it takes {least})."
)
THEMES_TOO_FEW_STEP = (
    "“{step}” in “{title}” has {n} written answer(s) so far: too few to group into themes "
    "(it takes {least})."
)
THEMES_TOO_FEW_FILE = "{n} answer(s): too few to group into themes (it takes {least})."
THEMES_UNSORTED = (
    "{n} answer(s) share no words with the others (or hold only emoji or common words): "
    "in no theme."
)
THEMES_HOW = (
    "Grouped by the words the answers use, on this server; each answer is in one theme. "
    "Read the quotes before you repeat a theme's name."
)
# a theme's mean sentiment in plain words, by the flow's thresholds
THEME_MOODS = {
    "negative": "on the whole negative",
    "neutral": "mixed or neutral",
    "positive": "on the whole positive",
    "": "feeling unknown",
}
THEME_MOOD = "{words} ({polarity:+.2f})"
REPORT_THEMES = "Themes in what members wrote"
REPORT_THEMES_COLUMNS = ("theme", "answers", "feeling", "in their words")
