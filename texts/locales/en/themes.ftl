THEMES_USAGE = Usage: /themes <session code> [step id] [page]
THEMES_HEAD_SESSION = 🧩 Themes in what members of “{ $title }” wrote: { $n } answers, feedback and replies, biggest theme first.
THEMES_HEAD_STEP = 🧩 Themes in the answers to “{ $step }” in “{ $title }” ({ $n }), biggest first.
THEMES_HEAD_FILE = Themes in { $n } answers, biggest first.
THEME_LINE = { $number }. { $label } · { $size } of { $total } · { $mood }
THEME_QUOTE = { "   " }“{ $text }” ({ $who })
THEME_QUOTE_PLAIN = { "   " }“{ $text }”
THEMES_TOO_FEW_SESSION = Members of “{ $title }” have written { $n ->
        [one] { $n } answer
       *[other] { $n } answers
    } so far: too few to group into themes (it takes { $least }).
THEMES_TOO_FEW_STEP = “{ $step }” in “{ $title }” has { $n ->
        [one] { $n } written answer
       *[other] { $n } written answers
    } so far: too few to group into themes (it takes { $least }).
THEMES_TOO_FEW_FILE = { $n ->
        [one] { $n } answer
       *[other] { $n } answers
    }: too few to group into themes (it takes { $least }).
THEMES_UNSORTED = { $n ->
        [one] { $n } answer shares
       *[other] { $n } answers share
    } no words with the others (or hold only emoji or common words): in no theme.
THEMES_HOW = Grouped by the words the answers use, on this server; each answer is in one theme. Read the quotes before you repeat a theme's name.
THEME_MOODS__negative = on the whole negative
THEME_MOODS__neutral = mixed or neutral
THEME_MOODS__positive = on the whole positive
THEME_MOODS__unknown = feeling unknown
THEME_MOOD = { $words } ({ SIGNED($polarity) })
REPORT_THEMES = Themes in what members wrote
REPORT_THEMES_COLUMNS__0 = theme
REPORT_THEMES_COLUMNS__1 = answers
REPORT_THEMES_COLUMNS__2 = feeling
REPORT_THEMES_COLUMNS__3 = in their words
