READ_USAGE = Użycie: { $command } <kod sesji> [strona]
PROPOSALS_FOR_A_SESSION = Organizatorzy i koordynatorzy: /proposals <kod sesji> pokazuje jej propozycje.
ANSWERS_USAGE = Użycie: /answers <kod sesji> <id kroku> [strona]. Kroki „{ $title }”: { $steps }
# needs translation
ANSWERS_USAGE_PLAIN = Użycie: /answers <kod sesji> <id kroku> [strona]
# needs translation
ANSWERS_WHICH = Które pytanie „{ $title }”? Wyślij /answers { $code } <krok>, jeden z: { $steps }
# needs translation
ANSWERS_BUTTON = { $label } ({ $n })
# needs translation
NO_QUESTIONS = “{ $title }” asks no questions: its flow has only messages and votes.
NO_SUCH_STEP = „{ $title }” nie ma kroku „{ $step }”. Jej kroki: { $steps }
PAGE_FOOTER = Strona { $page } z { $pages }. Następna: { $more } { $next }
PAGE_LAST = Strona { $page } z { $pages }.
NO_PAGE =
    Nie ma strony { $page }: „{ $title }” ma { $pages ->
        [one] { $pages } stronę
        [few] { $pages } strony
        [many] { $pages } stron
       *[other] { $pages } strony
    }.
PROPOSALS_HEAD = Propozycje „{ $title }” ({ $n }), według numeru. Ukryj jedną przez /hide { $code } <numer> [powód].
PROPOSAL_LINE =
    nr { $id }, autor: { $author } · za: { $agree }, przeciw: { $disagree }, pominięte: { $passed }{ $flags }
    { $text }
QUOTED = „{ $text }”
PROPOSAL_HIDDEN_FLAG = { " " }· ukryta
PROPOSAL_WITHDRAWN_FLAG = { " " }· wycofana
WITHDRAWN_TEXT = (wycofana przez autora)
NO_PROPOSALS_READ = „{ $title }” nie ma jeszcze propozycji.
FEEDBACK_HEAD = Uwagi o „{ $title }” ({ $n }), najnowsze najpierw.
FEEDBACK_LINE =
    nr { $id } · { $when } · { $author } · { $mood }
    „{ $text }”
NO_FEEDBACK_READ = Nikt nie przekazał jeszcze uwag o „{ $title }”.
# needs translation
ANSWERS_HEAD = Odpowiedzi na „{ $step }” w „{ $title }” ({ $n }):
ANSWERS_TALLY =
    • { $label }: { $count ->
        [one] { $count } osoba
        [few] { $count } osoby
        [many] { $count } osób
       *[other] { $count } osoby
    }
# needs translation
ANSWER_LINE =
    { $author } · { $when }{ $mood }
    „{ $text }”
# needs translation
SIDE_NAMES__followup = reply to a follow-up
# needs translation
SIDE_NAMES__elaboration = more detail, asked for
# needs translation
ANSWER_HIDDEN_FLAG = { " " }· a proposal the organisers hid
# needs translation
# every share shown: raw, beside its counts
SHARE = { $count } of { $total }, { NUMBER($share, style: "percent") }
# needs translation
SHARE_OF_NONE = { $count } of { $total }
# needs translation
RESULTS_ANSWERED = { $answered } answered
# needs translation
RESULTS_SKIPPED = { $n } skipped
# needs translation
RESULTS_ERASED = { $n } erased by their authors
# needs translation
RESULTS_OPTION = • { $label }: { $share }
# needs translation
RESULTS_MULTIPLE = Each could pick more than one: the shares are of the members who answered, so they may add up to more than 100%.
# needs translation
RESULTS_SCALE = Mean { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) }, median { NUMBER($median) }.
# needs translation
RESULTS_WRITTEN = Newest first, each with its sentiment.
# needs translation
RESULTS_ADDED = { $n } reply(ies) to follow-ups or requests for detail
# needs translation
RESULTS_NONE = Nobody has answered yet.
# needs translation
RESULTS_HEAD = Results per question
# needs translation
RESULTS_BRIEF_HEAD = Results per question (/answers { $code } for each in full)
# needs translation
RESULTS_BRIEF_CHOICE = • { $label }: { $counted }; most chose { $top } ({ $share })
# needs translation
RESULTS_BRIEF_SCALE = • { $label }: { $counted }; mean { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) }, median { NUMBER($median) }
# needs translation
RESULTS_BRIEF_WRITTEN = • { $label }: { $counted }{ $moods }
# needs translation
RESULTS_BRIEF_MOODS = ; { $negative } negative, { $positive } positive
# needs translation
RESULTS_BRIEF_EMPTY = • { $label }: nobody has answered yet
# needs translation
RESULTS_TIED = { " " }and{ " " }
# needs translation
NO_QUESTIONS_ASKED = The flow asks no questions of its own.
SIDE_ANSWER_LINE =
    { $author } · { $when } · { $kind }{ $mood }
    „{ $text }”
NO_ANSWERS_READ = Nikt jeszcze nie odpowiedział na „{ $step }” w „{ $title }”.
MOOD = { $label } ({ SIGNED($polarity) })
MOOD_UNKNOWN = ton nieznany
STATS_HEAD = 📊 „{ $title }” (kod { $code }, { $status })
STATS_FUNNEL = Udział
STATS_STAGE = • { $name }: { $count }
STATS_STAGE_SHARE = • { $name }: { $count } ({ NUMBER($share, style: "percent") })
CHART_ANSWERED = % z odpowiedzią
CHART_MOODS =
    Ton wypowiedzi uczestników, według { $unit ->
        [hour] godzin
       *[day] dni
    }
CHART_MEAN = średnia polarność
CHART_TEXTS = teksty
CHART_GROUPS = Grupy opinii (uczestnicy głosujący podobnie)
CHART_VOTES__agree = za
CHART_VOTES__disagree = przeciw
CHART_VOTES__passed = pominięte
MARKDOWN_META = Kod `{ $code }`, { $status }, scenariusz { $flow }.
REPORT_FUNNEL_COLUMNS__0 = { "" }
REPORT_FUNNEL_COLUMNS__1 = uczestnicy
REPORT_FUNNEL_COLUMNS__2 = z tych, którzy dołączyli
REPORT_REPLY_COLUMNS__0 = { "" }
REPORT_REPLY_COLUMNS__1 = wysłane
REPORT_REPLY_COLUMNS__2 = z odpowiedzią
REPORT_REPLY_COLUMNS__3 = w ciągu doby
REPORT_REPLY_COLUMNS__4 = odsetek odpowiedzi
REPORT_MOOD_COLUMNS__0 = teksty
REPORT_MOOD_COLUMNS__1 = średnia polarność
REPORT_MOOD_COLUMNS__2 = negatywne
REPORT_MOOD_COLUMNS__3 = pozytywne
REPORT_HOUR = godzina
REPORT_DAY = dzień
REPORT_DIVISIVE_COLUMNS__0 = nr
REPORT_DIVISIVE_COLUMNS__1 = propozycja
REPORT_DIVISIVE_COLUMNS__2 = za
REPORT_DIVISIVE_COLUMNS__3 = przeciw
REPORT_DIVISIVE_COLUMNS__4 = pominięte
STATS_STAGE_NAMES__joined = dołączyli
STATS_STAGE_NAMES__consented = zgodzili się wziąć udział
STATS_STAGE_NAMES__started = odpowiedzieli na pytanie
STATS_STAGE_NAMES__completed = skończyli pytania
STATS_STAGE_NAMES__proposed = napisali propozycję
STATS_STAGE_NAMES__voted = głosowali na propozycje
# needs translation
STATS_REPLIES = Odpowiedzi na wiadomości przypominające
# needs translation
STATS_FEW_MOODS = Not enough data yet to show sentiment over time.
# needs translation
STATS_RANKED_HOW = Ranked by (agrees + 1) / (votes + 2), a score that keeps a proposal with few votes from topping the list; only proposals with { $least }+ votes and not divided are ranked. The shares are the raw ones.
# needs translation
STATS_DIVISIVE_HOW = More than a third of those who took a side on each side.
STATS_REPLY = • { $kind }: { $answered } z { $sent } z odpowiedzią ({ NUMBER($share, style: "percent") }), { $within } w ciągu doby
STATS_REPLY_NONE = • { $kind }: nic nie wysłano
REPROMPT_NAMES__reminder = przypomnienia
REPROMPT_NAMES__followup = dopytania
REPROMPT_NAMES__elaboration = prośby o szczegóły
REPROMPT_NAMES__champion = zaproszenia do przyprowadzenia sąsiadów
STATS_MOODS =
    Ton wypowiedzi uczestników, według { $unit ->
        [hour] godzin
       *[day] dni
    } (średnia, negatywne/pozytywne)
STATS_MOOD =
    • { $bucket }: { $n ->
        [one] { $n } tekst
        [few] { $n } teksty
        [many] { $n } tekstów
       *[other] { $n } tekstu
    }, średnia { SIGNED($mean) }, negatywne: { $neg }, pozytywne: { $pos }
STATS_EARLIER_MOODS = • … i { $n } wcześniejszych (na wykresie i w codesign report)
STATS_NO_MOODS = Ton: żaden uczestnik jeszcze nic nie napisał.
STATS_RANKED = Propozycje z największym poparciem
STATS_DIVISIVE = Propozycje najbardziej dzielące
# needs translation
STATS_PROPOSAL = • nr { $id } { $text }: za: { $agree }, przeciw: { $disagree }, pominięte: { $passed }
# needs translation
STATS_TOO_FEW_TO_RANK = Not enough votes to rank proposals: a proposal is ranked from { $least } votes, and none has that many yet.
# needs translation
STATS_NONE_AGREED = No proposal with { $least }+ votes has a clear majority agreeing.
# needs translation
GROUP_SIZE_SMALL = { $label }: fewer than { $least }
# needs translation
GROUP_HEAD = Group { $label } ({ $n } members) stands apart on:
# needs translation
GROUP_SMALL = Group { $label }: fewer than { $least } members, too few to describe.
# needs translation
GROUP_NOTHING_APART = Group { $label } ({ $n } members): no proposal sets it clearly apart.
# needs translation
GROUP_APART = • { $proposal }: { $label } { $way }, { $mine }; the other groups { $rest }
# needs translation
GROUP_WAYS__agree = agreed
# needs translation
GROUP_WAYS__disagree = disagreed
# needs translation
GROUPS_APART_HOW = What sets each group apart: proposals it agreed (or disagreed) with far more than the other groups did, by Pol.is's test (significant at 95%).
# needs translation
COMMON_HEAD = What every group agrees on
# needs translation
COMMON_HEAD_ONE = What most members agree on
# needs translation
COMMON_EVERY = • { $proposal }: every group { $way } ({ $shares })
# needs translation
COMMON_ONE = • { $proposal }: most { $way }, { $share }
# needs translation
COMMON_SHARE = { $label } { $share }
# needs translation
COMMON_SMALL = { $label } too, a group too small to show
# needs translation
COMMON_NONE = No proposal has a clear majority in every group yet.
# needs translation
COMMON_NONE_ONE = No proposal has a clear majority yet.
STATS_NO_VOTES = Nie ma jeszcze głosów na propozycje.
GROUPS_FOUND =
    Grupy opinii: { $n ->
        [one] { $n } grupa
        [few] { $n } grupy
        [many] { $n } grup
       *[other] { $n } grupy
    } uczestników głosujących podobnie ({ $sizes }).
GROUPS_NONE = Grupy opinii: brak. Uczestnicy z co najmniej { $least } głosami ({ $members }) nie tworzą grup (ich głosy nie są bardziej podobne niż głosy przetasowane losowo).
GROUPS_FEW = Grupy opinii: za mało głosów, by ich szukać (uczestnicy z co najmniej { $least } głosami: { $members }, propozycje: { $proposals }; potrzeba { $need_members } uczestników i { $need_proposals } propozycji).
GROUP_SIZE = { $label }: { $n }
VERDICTS__consensus = poparcie we wszystkich grupach
VERDICTS__consensus_against = sprzeciw we wszystkich grupach
VERDICTS__divisive = dzieli grupy
VERDICTS__mixed = brak wyraźnego wzoru
VERDICTS_ONE_GROUP__consensus = poparcie większości
VERDICTS_ONE_GROUP__consensus_against = sprzeciw większości
VERDICTS_ONE_GROUP__mixed = brak wyraźnej większości
STATS_VERDICT = • { $verdict }: { $ids }
CHART_CAPTION = Udział, odpowiedzi, ton i głosy w „{ $title }”.
# needs translation
EXPORT_USAGE = Użycie: /export <kod sesji> [csv|json|md] [--names]
# needs translation
SHEET_STATUS__joined = not consented
# needs translation
SHEET_STATUS__declined = declined
# needs translation
SHEET_STATUS__answering = answering
# needs translation
SHEET_STATUS__finished = finished
# needs translation
SHEET_LINK = session link
# needs translation
SHEET_INVITED = invitation
# needs translation
SHEET_SIDE_ANSWERS__followup = — follow-up
# needs translation
SHEET_SIDE_ANSWERS__elaboration = — more detail
# needs translation
SHEET_STATE__open = open
# needs translation
SHEET_STATE__hidden = hidden
# needs translation
SHEET_STATE__withdrawn = withdrawn
# needs translation
SHEET_YES = yes
# needs translation
SHEET_NO = no
# needs translation
MD_TRANSCRIPT =
    { "\u000A" }## Transcript
    
    Times on the session's clock ({ $zone }).{ "\u000A" }
# needs translation
EXPORT_SHEETS_CAPTION = Spreadsheets of “{ $title }”: responses.csv ({ $m } member(s)), proposals.csv ({ $p }), votes.csv and polls.csv ({ $q } poll(s)), { $who }. UTF-8 CSV files: Excel, LibreOffice and Google Sheets open them as they are.
EXPORT_QUEUED = Twój eksport { $fmt } „{ $title }” jest w drodze.
EXPORT_CAPTION =
    Eksport { $fmt } „{ $title }”: { $n ->
        [one] { $n } wiadomość
        [few] { $n } wiadomości
        [many] { $n } wiadomości
       *[other] { $n } wiadomości
    }, { $who }.
EXPORT_PSEUDONYMS = uczestnicy pod pseudonimami
EXPORT_NAMES = uczestnicy z imionami
EXPORT_NAMES_NOT_ALLOWED = Tylko organizator „{ $title }” decyduje, czy jej koordynatorzy mogą eksportować imiona uczestników (/team <kod> names on); eksportuj bez --names, aby dostać pseudonimy.
EXPORT_ZIPPED = { " " }Spakowany: był za duży, by wysłać go w całości.
# needs translation
EXPORT_TOO_LARGE =
    Ten eksport ma { $mib } MB nawet po spakowaniu, więcej, niż Telegram pozwala wysłać botowi. Na serwerze uruchom:
    
    { "    " }codesign export { $code } --format { $fmt } --output { $code }.{ $fmt }{ "\u000A" }
REPORT_MADE = Kod { $code } · { $status } · scenariusz { $flow } · raport z { $when } UTC.
REPORT_CHART_ALT = Wykresy: udział, odpowiedzi na przypomnienia, ton w czasie, głosy.
REPORT_PROPOSALS = Propozycje, najpierw te z największym poparciem
REPORT_GROUPS = Grupy opinii
REPORT_COLUMNS__0 = nr
REPORT_COLUMNS__1 = propozycja
REPORT_COLUMNS__2 = autor
REPORT_COLUMNS__3 = za
REPORT_COLUMNS__4 = przeciw
REPORT_COLUMNS__5 = pominięte
REPORT_COLUMNS__6 = poparcie
REPORT_COLUMNS__7 = grupy
REPORT_GROUP_SHARE = za w { $group } ({ $n })
MOODS__negative = negatywny
MOODS__neutral = neutralny
MOODS__positive = pozytywny
SIDE_KINDS__followup = dopytanie
SIDE_KINDS__elaboration = prośba o szczegóły
# the Markdown export's heading above the messages
MARKDOWN_TRANSCRIPT = Zapis rozmowy
# a message the bot sent
MARKDOWN_BOT_TO = bot → { $who }
MARKDOWN_STEP = { " " }· krok `{ $step }`
