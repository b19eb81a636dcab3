READ_USAGE = Użycie: { $command } <kod sesji> [strona]
PROPOSALS_FOR_A_SESSION = Organizatorzy i koordynatorzy: /proposals <kod sesji> pokazuje jej propozycje.
ANSWERS_USAGE = Użycie: /answers <kod sesji> <id kroku> [strona]. Kroki „{ $title }”: { $steps }
ANSWERS_USAGE_PLAIN = Użycie: /answers <kod sesji> [id kroku] [strona]
ANSWERS_WHICH = Które pytanie „{ $title }”? Wyniki każdego, w kolejności scenariusza:
ANSWERS_BUTTON = { $label } ({ $n })
NO_QUESTIONS = „{ $title }” nie zadaje pytań: jej scenariusz ma tylko wiadomości i głosowania.
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
ANSWERS_HEAD =
    „{ $title }”, pytanie { $step }:
    { $prompt }
ANSWERS_TALLY =
    • { $label }: { $count ->
        [one] { $count } osoba
        [few] { $count } osoby
        [many] { $count } osób
       *[other] { $count } osoby
    }
ANSWER_LINE =
    { $author } · { $when }{ $mood }{ $flags }
    „{ $text }”
SIDE_NAMES__followup = odpowiedź na pytanie uzupełniające
SIDE_NAMES__elaboration = więcej szczegółów, na prośbę
ANSWER_HIDDEN_FLAG = { " " }· propozycja ukryta przez organizatorów
# every share shown: raw, beside its counts
SHARE = { $count } z { $total }, { NUMBER($share, style: "percent") }
SHARE_OF_NONE = { $count } z { $total }
RESULTS_ANSWERED = odpowiedzi: { $answered }
RESULTS_SKIPPED = pominięte: { $n }
RESULTS_ERASED = usunięte przez autorów: { $n }
RESULTS_OPTION = • { $label }: { $share }
RESULTS_MULTIPLE = Można było wybrać więcej niż jedno: odsetki liczone są od odpowiadających, więc mogą dać razem ponad 100%.
RESULTS_SCALE = Średnia { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) }, mediana { NUMBER($median) }.
RESULTS_WRITTEN = Najnowsze najpierw, każda z nastrojem.
RESULTS_ADDED = odpowiedzi na pytania uzupełniające lub prośby o szczegóły: { $n }
RESULTS_NONE = Nikt jeszcze nie odpowiedział.
RESULTS_HEAD = Wyniki dla każdego pytania
RESULTS_BRIEF_HEAD = Wyniki dla każdego pytania (/answers { $code }, aby zobaczyć całość)
RESULTS_BRIEF_CHOICE = • { $label }: { $counted }; najczęściej wybierano { $top } ({ $share })
RESULTS_BRIEF_SCALE = • { $label }: { $counted }; średnia { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) }, mediana { NUMBER($median) }
RESULTS_BRIEF_WRITTEN = • { $label }: { $counted }{ $moods }
RESULTS_BRIEF_MOODS = ; negatywne: { $negative }, pozytywne: { $positive }
RESULTS_BRIEF_EMPTY = • { $label }: nikt jeszcze nie odpowiedział
RESULTS_TIED = { " " }i{ " " }
NO_QUESTIONS_ASKED = Scenariusz nie zadaje własnych pytań.
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
STATS_REPLIES = Odpowiedzi na przypomnienia i pytania uzupełniające
STATS_FEW_MOODS = Za mało danych, by pokazać nastroje w czasie.
STATS_RANKED_HOW = Kolejność według (za + 1) / (głosy + 2), wyniku, który nie pozwala propozycji z kilkoma głosami trafić na szczyt; w rankingu są tylko propozycje z co najmniej { $least } głosami i bez podziału. Odsetki są surowe.
STATS_DIVISIVE_HOW = Ponad jedna trzecia opowiadających się po każdej stronie.
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
STATS_PROPOSAL = • { $number } { $text }: za { $agree }; przeciw { $disagree }; pas { $passed }
STATS_TOO_FEW_TO_RANK = Za mało głosów, by ułożyć ranking: propozycja trafia do niego od { $least } głosów, a żadna jeszcze tylu nie ma.
STATS_NONE_AGREED = Żadna propozycja z co najmniej { $least } głosami nie ma wyraźnej większości za.
GROUP_SIZE_SMALL = { $label }: mniej niż { $least }
GROUP_HEAD = Grupa { $label } (uczestnicy: { $n }) wyróżnia się w:
GROUP_SMALL = Grupa { $label }: mniej niż { $least } uczestników, za mało, by ją opisać.
GROUP_NOTHING_APART = Grupa { $label } (uczestnicy: { $n }): żadna propozycja wyraźnie jej nie wyróżnia.
GROUP_APART = • { $proposal }: { $label } { $way }, { $mine }; pozostałe grupy { $rest }
GROUP_WAYS__agree = za
GROUP_WAYS__disagree = przeciw
GROUPS_APART_HOW = Co wyróżnia każdą grupę: propozycje, które popierała (lub odrzucała) znacznie częściej niż inne grupy, według testu Pol.is (istotność 95%).
COMMON_HEAD = Co łączy wszystkie grupy
COMMON_HEAD_ONE = Na co zgadza się większość
COMMON_EVERY = • { $proposal }: każda grupa { $way } ({ $shares })
COMMON_ONE = • { $proposal }: większość { $way }, { $share }
COMMON_SHARE = { $label } { $share }
COMMON_SMALL = { $label } też, grupa za mała, by ją pokazać
COMMON_NONE = Żadna propozycja nie ma jeszcze wyraźnej większości we wszystkich grupach.
COMMON_NONE_ONE = Żadna propozycja nie ma jeszcze wyraźnej większości.
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
EXPORT_USAGE = Użycie: /export <kod sesji> [csv|json|md|sheets|graphml] [--names]
FORMAT_NAMES__csv = CSV
FORMAT_NAMES__json = JSON
FORMAT_NAMES__md = Markdown
FORMAT_NAMES__sheets = arkusze kalkulacyjne
FORMAT_NAMES__graphml = GraphML
SHEET_STATUS__joined = bez zgody
SHEET_STATUS__declined = odmowa
SHEET_STATUS__answering = odpowiada
SHEET_STATUS__finished = skończone
SHEET_LINK = link do sesji
SHEET_INVITED = zaproszenie
SHEET_SIDE_ANSWERS__followup = — pytanie uzupełniające
SHEET_SIDE_ANSWERS__elaboration = — więcej szczegółów
SHEET_STATE__open = otwarta
SHEET_STATE__hidden = ukryta
SHEET_STATE__withdrawn = wycofana
COLUMNS__id = id
COLUMNS__time = czas
COLUMNS__direction = kierunek
COLUMNS__member = uczestnik
COLUMNS__step = krok
COLUMNS__kind = rodzaj
COLUMNS__text = tekst
COLUMNS__polarity = polaryzacja
COLUMNS__sentiment = wydźwięk
COLUMNS__joined = dołączenie
COLUMNS__consented = zgoda
COLUMNS__finished = ukończenie
COLUMNS__status = status
COLUMNS__language = język
COLUMNS__joined_via = dołączenie przez
COLUMNS__invited_by = zaproszenie od
COLUMNS__proposal = propozycja
COLUMNS__author = autor
COLUMNS__created = utworzenie
COLUMNS__agree = za
COLUMNS__disagree = przeciw
COLUMNS__pass = pominięte
COLUMNS__votes = głosy
COLUMNS__state = stan
COLUMNS__hidden_reason = powód ukrycia
COLUMNS__outcome = efekt
COLUMNS__outcome_words = słowa o efekcie
COLUMNS__outcome_at = data efektu
COLUMNS__group = grupa
COLUMNS__proposals = propozycje
COLUMNS__poll = ankieta
COLUMNS__question = pytanie
COLUMNS__multiple = wielokrotny wybór
COLUMNS__anonymous = anonimowa
COLUMNS__opened = otwarcie
COLUMNS__closes = planowane zamknięcie
COLUMNS__closed = zamknięcie
COLUMNS__voters = głosujący
COLUMNS__option = opcja
COLUMNS__breakdown = podział
COLUMNS__answered = odpowiedzieli
COLUMNS__contributed = zaproponowali_lub_głosowali
COLUMNS__invited = zaprosili
COLUMNS__invitee_activated = zaproszony_uczestniczy
COLUMNS__note = uwaga
COLUMNS__session = sesja
COLUMNS__source = źródło
COLUMNS__tag = znacznik
COLUMNS__champion = ambasador
COLUMNS__seed = zasiew
COLUMNS__invite = zaproszenie
COLUMNS__link = link
COLUMNS__hours_to_joined = godziny_do_dołączyli
COLUMNS__hours_to_consented = godziny_do_zgodzili_się
COLUMNS__hours_to_answered = godziny_do_odpowiedzieli
COLUMNS__hours_to_finished = godziny_do_skończyli
COLUMNS__hours_to_contributed = godziny_do_zaproponowali_lub_głosowali
COLUMNS__hours_to_invited = godziny_do_zaprosili
COLUMNS__hours_to_invitee_activated = godziny_do_zaproszony_uczestniczy
DIRECTIONS__in = przychodząca
DIRECTIONS__out = wychodząca
SHEET_POLL_STATUS__open = otwarta
SHEET_POLL_STATUS__closed = zamknięta
SHEET_YES = tak
SHEET_NO = nie
MD_TRANSCRIPT =
    { "\u000A" }## Zapis rozmowy
    
    Godziny według zegara sesji ({ $zone }).{ "\u000A" }
EXPORT_SHEETS_CAPTION = Arkusze „{ $title }”: responses.csv (uczestnicy: { $m }), proposals.csv ({ $p }), votes.csv, polls.csv (ankiety: { $q }) i funnel.csv (jak ludzie trafili), { $who }. Pliki CSV w UTF-8: Excel, LibreOffice i Arkusze Google otwierają je bez zmian.
EXPORT_QUEUED = Twój eksport „{ $title }” ({ $fmt }) jest w drodze.
EXPORT_CAPTION =
    Eksport { $fmt } „{ $title }”: { $n ->
        [one] { $n } wiadomość
        [few] { $n } wiadomości
        [many] { $n } wiadomości
       *[other] { $n } wiadomości
    }, { $who }.
EXPORT_GRAPH_CAPTION = Kto kogo zaprosił w „{ $title }”, w formacie GraphML: uczestnicy: { $n }, zaproszenia: { $edges }; { $who }. Otworzą go Gephi, yEd i networkx.
EXPORT_PSEUDONYMS = uczestnicy pod pseudonimami
EXPORT_NAMES = uczestnicy z imionami
EXPORT_NAMES_NOT_ALLOWED = Tylko organizator „{ $title }” decyduje, czy jej koordynatorzy mogą eksportować imiona uczestników (/team <kod> names on); eksportuj bez --names, aby dostać pseudonimy.
EXPORT_ZIPPED = { " " }Spakowany: był za duży, by wysłać go w całości.
EXPORT_TOO_LARGE =
    Ten eksport ma { $mib } MB nawet po spakowaniu, więcej, niż Telegram pozwala wysłać botowi. Na serwerze uruchom:
    
    { "    " }codesign export { $code } --format { $fmt } --output { $code }.{ $suffix }{ "\u000A" }
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
STATS_CHAMPION_REPLY =
    • { $kind }: { $answered } z { $sent } przyprowadziło kogoś, kto wziął udział ({ NUMBER($share, style: "percent") }), { $within } w ciągu doby; { $brought ->
        [one] 1 osoba dołączyła
        [few] { $brought } osoby dołączyły
        [many] { $brought } osób dołączyło
       *[other] { $brought } osoby dołączyło
    } przez linki uczestników i wzięła udział
