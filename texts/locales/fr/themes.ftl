# needs translation
THEMES_USAGE = Usage: /themes <session code> [step id] [page]
# needs translation
THEMES_HEAD_SESSION = 🧩 Themes in what members of “{ $title }” wrote: { $n } answers, feedback and replies, biggest theme first.
# needs translation
THEMES_HEAD_STEP = 🧩 Themes in the answers to “{ $step }” in “{ $title }” ({ $n }), biggest first.
# needs translation
THEMES_HEAD_FILE = Themes in { $n } answers, biggest first.
# needs translation
THEME_LINE = { $number }. { $label } · { $size } of { $total } · { $mood }
# needs translation
THEME_QUOTE = { "   " }“{ $text }” ({ $who })
# needs translation
THEME_QUOTE_PLAIN = { "   " }“{ $text }”
# needs translation
THEMES_TOO_FEW_SESSION = Members of “{ $title }” have written { $n } answer(s) so far: too few to group into themes (it takes { $least }).
# needs translation
THEMES_TOO_FEW_STEP = “{ $step }” in “{ $title }” has { $n } written answer(s) so far: too few to group into themes (it takes { $least }).
# needs translation
THEMES_TOO_FEW_FILE = { $n } answer(s): too few to group into themes (it takes { $least }).
# needs translation
THEMES_UNSORTED = { $n } answer(s) share no words with the others (or hold only emoji or common words): in no theme.
# needs translation
THEMES_HOW = Grouped by the words the answers use, on this server; each answer is in one theme. Read the quotes before you repeat a theme's name.
# needs translation
THEME_MOODS__negative = on the whole negative
# needs translation
THEME_MOODS__neutral = mixed or neutral
# needs translation
THEME_MOODS__positive = on the whole positive
# needs translation
THEME_MOODS__unknown = feeling unknown
# needs translation
THEME_MOOD = { $words } ({ SIGNED($polarity) })
# needs translation
REPORT_THEMES = Themes in what members wrote
# needs translation
REPORT_THEMES_COLUMNS__0 = theme
# needs translation
REPORT_THEMES_COLUMNS__1 = answers
# needs translation
REPORT_THEMES_COLUMNS__2 = feeling
# needs translation
REPORT_THEMES_COLUMNS__3 = in their words
