NEWSESSION_USAGE =
    Użycie: /newsession <tytuł> [--flow <id scenariusza>] [--community <nazwa>] [--languages en,pl]
    Na przykład: /newsession Przebudowa parku Elm --flow park_redesign --community Sąsiedzi z ulicy Elm
    /flows pokazuje scenariusze.
NEWSESSION_PROBLEMS__unknown_option = Nie znam opcji { $option }: użyj --flow, --community lub --languages.
NEWSESSION_PROBLEMS__languages = Wpisz języki jako kody rozdzielone przecinkami, np. --languages en,pl.
LANGUAGES_NOT_IN_FLOW = Scenariusz { $flow } nie jest dostępny w: { $missing }. Jego języki: { $languages }.
SESSION_LANGUAGES = Języki: { $languages } (każdy uczestnik czyta w swoim; /language go zmienia).
FLOW_LANGUAGES = { "  " }Języki: { $languages }
AUDIT_ACTIONS__outcome =
    { $who }: oznaczenie propozycji nr { $proposal } jako { $state } ({ $members ->
        [one] powiadomiono { $members } osobę
        [few] powiadomiono { $members } osoby
        [many] powiadomiono { $members } osób
       *[other] powiadomiono { $members } osoby
    })
AUDIT_ACTIONS__outcome_words = { $who }: zmiana słów wyniku propozycji nr { $proposal }
NEWSESSION_PROBLEMS__no_value = Po { $option } potrzebna jest wartość.
NEWSESSION_PROBLEMS__twice = { $option } podano dwa razy.
NEWSESSION_PROBLEMS__flow_words = Id scenariusza to jedno słowo (/flows je pokazuje), a nie „{ $flow }”.
TITLE_TOO_LONG =
    Ten tytuł jest za długi: najwyżej { $limit ->
        [one] { $limit } znak
        [few] { $limit } znaki
        [many] { $limit } znaków
       *[other] { $limit } znaku
    }, proszę.
COMMUNITY_TOO_LONG =
    Ta nazwa społeczności jest za długa: najwyżej { $limit ->
        [one] { $limit } znak
        [few] { $limit } znaki
        [many] { $limit } znaków
       *[other] { $limit } znaku
    }, proszę.
UNKNOWN_FLOW = Nie ma scenariusza „{ $flow }”. Dostępne scenariusze: { $flows }.
SESSION_CREATED =
    Utworzono „{ $title }” dla społeczności „{ $community }” (scenariusz: { $flow }) jako szkic. Sesja należy do Ciebie: widzisz ją tylko Ty, zespół dodany przez /team i administratorzy.
    
    Kod dołączenia: { $code }
    Link dla uczestników: { $link }
    
    Uczestnicy będą mogli dołączyć, gdy wyślesz /open { $code }.
FLOWS_HEADER = Zainstalowane scenariusze:
OWN_FLOWS_HEADER = Scenariusze przesłane przez Ciebie:
FLOW_LINE =
    • { $id } — { $title } ({ $steps ->
        [one] { $steps } krok
        [few] { $steps } kroki
        [many] { $steps } kroków
       *[other] { $steps } kroku
    })
FLOW_DESCRIPTION = { "  " }{ $description }
FLOWS_FOOTER = Użyj jednego przez /newsession <tytuł> --flow <id>. Aby dodać własny, wyślij mi jego plik .yaml (codesign flows new tworzy wzór do edycji).
NO_SESSIONS = Nie ma jeszcze sesji. Utwórz ją przez /newsession <tytuł>.
SESSIONS_HEADER = Sesje (najnowsze najpierw):
SESSION_LINE = • { $title } — kod { $code }, { $status }, scenariusz { $flow }: dołączyło { $joined }, zgodę wyraziło { $consented }, ukończyło { $completed }; { $reprompts }
REPROMPT_STATS =
    { $sent ->
        [one] wysłano { $sent } przypomnienie lub dopytanie
        [few] wysłano { $sent } przypomnienia i dopytania
        [many] wysłano { $sent } przypomnień i dopytań
       *[other] wysłano { $sent } przypomnienia i dopytania
    }, { NUMBER($share, style: "percent") } z odpowiedzią w ciągu doby
NO_REPROMPTS = nie wysłano jeszcze przypomnień
PICK_ASK = Dla której sesji { $command }?
PICK_NONE = Nie masz teraz sesji, dla której działa { $command }. /sessions pokazuje Twoje sesje.
PICKED = { $command } dla „{ $title }” ({ $code })
THERE = witaj
HELLO_ORGANISER = Cześć, { $name }! Tutaj prowadzisz sesje współprojektowania jako organizator.
HELLO_COORDINATOR = Cześć, { $name }! Tutaj śledzisz sesje współprojektowania jako koordynator.
HELLO_SESSIONS = Twoje najnowsze sesje:
HELLO_SESSION_LINE = • { $title } ({ $code }), { $status }, dołączyło { $joined }
HELLO_MORE = …i więcej: /sessions pokazuje wszystkie.
HELLO_NO_SESSIONS = Nie masz jeszcze sesji.
STATUS_WORDS__draft = szkic, jeszcze nieotwarta
STATUS_WORDS__open = otwarta
STATUS_WORDS__closed = zamknięta
HELLO_NEXT = Utwórz sesję przez /newsession <tytuł>, otwórz ją przez /open <kod> i udostępnij jej link; /sessions pokazuje liczby każdej sesji, /help wszystkie polecenia. Aby wypróbować sesję jak uczestnik, otwórz jej link.
HELLO_NEXT_READER = /stats <kod> pokazuje liczby sesji, /answers <kod> odpowiedzi uczestników, /export <kod> plik z całością; /help pokazuje wszystkie polecenia.
A_PROPOSAL = propozycję
A_POLL = ankietę
WHICH_NUMBER = Kilka Twoich sesji ma { $what } nr { $id }. Wyślij ponownie z kodem sesji:
WHICH_NUMBER_LINE =
    • { $title } ({ $code }): „{ $text }”
    { "  " }{ $command } { $code } { $id }{ $rest }
CODE_USAGE = Użycie: { $command } <kod sesji>
NO_SUCH_SESSION = Nie ma sesji z kodem „{ $code }”. /sessions je pokazuje.
NOT_YOUR_SESSION = Wśród Twoich sesji nie ma „{ $code }”. /sessions pokazuje sesje, które prowadzisz.
NO_SESSION_HERE = Nie ma sesji „{ $code }”. `codesign sessions` pokazuje wszystkie sesje i ich kody.
OPENED = Sesja „{ $title }” jest otwarta. Uczestnicy mogą dołączyć przez { $link }
ALREADY_OPEN = Sesja „{ $title }” jest już otwarta.
CLOSED = Sesja „{ $title }” jest zamknięta. Uczestnicy nie mogą już odpowiadać; ich odpowiedzi są zachowane.
ALREADY_CLOSED = Sesja „{ $title }” jest już zamknięta.
GRANT_USAGE = Użycie: /grant <id użytkownika Telegrama> organiser|coordinator
GRANTED = Użytkownik { $user_id } ma teraz rolę: { $role }.
ALREADY_GRANTED = Użytkownik { $user_id } ma już rolę: { $role }.
BROADCAST_USAGE = Użycie: /broadcast <kod sesji> <wiadomość do wszystkich uczestników>
BROADCAST_LONG =
    Ta wiadomość jest za długa: najwyżej { $limit ->
        [one] { $limit } znak
        [few] { $limit } znaki
        [many] { $limit } znaków
       *[other] { $limit } znaku
    }, proszę.
BROADCAST_CAPPED =
    „{ $title }” wysłała już { $cap ->
        [one] { $cap } wiadomość do wszystkich
        [few] { $cap } wiadomości do wszystkich
        [many] { $cap } wiadomości do wszystkich
       *[other] { $cap } wiadomości do wszystkich
    } w ciągu 24 godzin, tyle, ile dzienny limit scenariusza pozwala każdemu uczestnikowi dostać; następna może wyjść od { $at }.
BROADCAST_MESSAGE =
    📣 Od organizatorów „{ $title }”:
    
    { $text }
BROADCAST_QUEUED =
    Wysyłam do { $n ->
        [one] { $n } osoby
        [few] { $n } osób
        [many] { $n } osób
       *[other] { $n } osoby
    } z „{ $title }”. W tempie Telegrama potrwa to około { $duration } (koniec o { $done }). Osoby z pauzą lub które zablokowały bota są pominięte.
BROADCAST_WHAT = Co mają dostać uczestnicy „{ $title }”? Wyślij /broadcast { $code } i treść wiadomości.
BROADCAST_PREVIEW =
    Tak to { $n ->
        [one] zobaczy { $n } osoba
        [few] zobaczą { $n } osoby
        [many] zobaczy { $n } osób
       *[other] zobaczy { $n } osoby
    } z „{ $title }”. W tempie Telegrama wysyłka potrwa około { $duration } (koniec o { $done }). Osoby z pauzą lub które zablokowały bota są pominięte.
BROADCAST_SEND = Wyślij do { $n }
BROADCAST_CANCEL = Anuluj
BROADCAST_CANCELLED = Anulowano: wiadomość nie została wysłana.
NOBODY_REACHABLE = Do nikogo w „{ $title }” nie można teraz pisać (pominięto osoby z pauzą, bez zgody i te, które zablokowały bota), więc nic nie wysłano.
NOT_OPEN = Sesja „{ $title }” ma status: { $status }; wiadomości można wysyłać tylko do otwartych sesji.
NUDGE_USAGE = Użycie: /nudge <kod sesji>, aby przypomnieć osobom, które nie skończyły pytań, /nudge <kod sesji> <numer ankiety>, aby przypomnieć tym, którzy nie zagłosowali w tej ankiecie, albo /nudge <kod sesji> votes, aby przypomnieć osobom po pytaniach o propozycjach bez ich głosu.
NUDGED_VOTES =
    Przypominam o propozycjach bez głosu { $n ->
        [one] { $n } osobie z „{ $title }”, która skończyła pytania.
        [few] { $n } osobom z „{ $title }”, które skończyły pytania.
        [many] { $n } osobom z „{ $title }”, które skończyły pytania.
       *[other] { $n } osoby z „{ $title }”, które skończyły pytania.
    }
NUDGE_VOTES_NOBODY = Każdy w „{ $title }”, kto skończył pytania i może dostawać wiadomości, zagłosował na każdą propozycję.
NUDGED =
    Przypominam { $n ->
        [one] { $n } osobie z „{ $title }”, która nie skończyła
        [few] { $n } osobom z „{ $title }”, które nie skończyły
        [many] { $n } osobom z „{ $title }”, które nie skończyły
       *[other] { $n } osoby z „{ $title }”, które nie skończyły
    } pytań.
NUDGED_POLL =
    Przypominam { $n ->
        [one] { $n } osobie, która nie zagłosowała
        [few] { $n } osobom, które nie zagłosowały
        [many] { $n } osobom, które nie zagłosowały
       *[other] { $n } osoby, które nie zagłosowały
    } w ankiecie nr { $id }.
NUDGED_POLL_ANONYMOUS =
    Przypominam { $n ->
        [one] { $n } osobie, która dostała
        [few] { $n } osobom, które dostały
        [many] { $n } osobom, które dostały
       *[other] { $n } osoby, które dostały
    } anonimową ankietę nr { $id }. Kto zagłosował, pozostaje tajemnicą, więc przypomnienie dostają też ci, którzy już głosowali.
NUDGE_LATER =
    { " " }{ $n ->
        [one] { $n } z nich ma teraz godziny ciszy albo dostał dziś dość przypomnień: jego przypomnienie przyjdzie później.
        [few] { $n } z nich mają teraz godziny ciszy albo dostały dziś dość przypomnień: ich przypomnienie przyjdzie później.
        [many] { $n } z nich ma teraz godziny ciszy albo dostało dziś dość przypomnień: ich przypomnienie przyjdzie później.
       *[other] { $n } z nich ma teraz godziny ciszy: ich przypomnienie przyjdzie później.
    }
NUDGE_NOBODY = Każdy w „{ $title }”, kto może dostawać wiadomości, skończył pytania.
NUDGE_POLL_NOBODY = Każdy, kto dostał ankietę nr { $id } i może dostawać wiadomości, zagłosował.
RECEIVED_HEAD = Już wysłano:
RECEIVED_AT = • { $who }, przy „{ $step }”: { $what }
RECEIVED = • { $who }: { $what }
RECEIVED_SOME =
    { $n ->
        [one] { $n } przypomnienie
        [few] { $n } przypomnienia
        [many] { $n } przypomnień
       *[other] { $n } przypomnienia
    }, ostatnie { $when }
RECEIVED_NONE = jeszcze bez przypomnienia
RECEIVED_MORE = …i { $n } więcej.
POLL_REMINDER =
    Przypomnienie od „{ $title }”: nie ma jeszcze Twojego głosu.
    
    { $poll }
POLL_REMINDER_ANONYMOUS =
    Przypomnienie od „{ $title }”: jeśli jeszcze nie głosowano, jest jeszcze czas (jeśli tak, głos się liczy i nic więcej nie trzeba).
    
    { $poll }
AUDIT_HEADER = Co działo się z „{ $title }” (najnowsze najpierw):
AUDIT_USAGE = Użycie: /audit <kod sesji> [strona]
AUDIT_LINE = • { $when } — { $what }
SERVER = bot lub jego serwer
USER = Użytkownik { $id }
TEAM_USAGE = Użycie: /team <kod>, aby zobaczyć zespół sesji, /team <kod> add <id użytkownika Telegrama> organiser|coordinator, /team <kod> remove <id użytkownika Telegrama>, /team <kod> invite organiser|coordinator, aby dostać link dodający osobę, która go otworzy, albo /team <kod> names on|off (czy koordynatorzy mogą eksportować imiona uczestników)
TEAM_NAMES_ON = Imiona: koordynatorzy mogą je eksportować (/team <kod> names off, aby to wyłączyć).
TEAM_NAMES_OFF = Imiona: eksportować je mogą tylko organizatorzy (/team <kod> names on pozwala koordynatorom).
NAMES_ON = Koordynatorzy „{ $title }” mogą teraz eksportować imiona uczestników (/export <kod> --names).
NAMES_OFF = Tylko organizatorzy „{ $title }” mogą teraz eksportować imiona uczestników.
A_ROLE__organiser = organizator
A_ROLE__coordinator = koordynator
TEAM_HEADER = Zespół „{ $title }”:
TEAM_OWNER = • { $who } — właściciel
TEAM_LINE = • { $who } — { $role }
TEAM_ADDED = { $who } ma teraz rolę „{ $role }” w „{ $title }”.
TEAM_ALREADY = { $who } ma już rolę „{ $role }” w „{ $title }”.
TEAM_REMOVED = { $who } nie jest już w zespole „{ $title }”.
TEAM_NOT_ON = { $who } nie jest w zespole „{ $title }”.
TEAM_OWNER_STAYS = Właściciel „{ $title }” zostaje w jej zespole.
TEAM_OWNER_ONLY = Tylko właściciel „{ $title }” (lub administrator) dodaje i usuwa organizatorów.
TEAM_YOU_ADDED = { $by } nadaje Ci rolę „{ $role }” w „{ $title }”. { $can }
TEAM_YOU_REMOVED = { $by } usuwa Cię z zespołu „{ $title }”: nie widzisz jej już i jej nie prowadzisz. Twoje odpowiedzi jako uczestnika pozostają Twoje.
TEAM_CAN = Możesz teraz używać w niej { $commands } (jej kod: { $code }); /help wyjaśnia jak.
TEAM_INVITE =
    Wyślij ten link osobie, która ma mieć rolę „{ $role }” w „{ $title }”. Działa raz, dla pierwszej osoby, która go otworzy, przez { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }:
    { $link }
TEAM_YOU_JOINED = Masz teraz rolę „{ $role }” w „{ $title }”. { $can }
TEAM_LINK_OPENED = { $who } otwiera Twój link i ma teraz rolę „{ $role }” w „{ $title }”.
TEAM_LINK_ALREADY = Masz już rolę „{ $role }” w „{ $title }”; link pozostaje niewykorzystany.
TEAM_LINK_USED = Ten link do zespołu został już użyty. Poproś osobę, która go wysłała, o nowy.
TEAM_LINK_EXPIRED = Ten link do zespołu wygasł. Poproś osobę, która go wysłała, o nowy.
REVOKE_USAGE = Użycie: /revoke <id użytkownika Telegrama> organiser|coordinator
REVOKED = Użytkownik { $user_id } nie ma już roli: { $role }.
REVOKED_TEAMS =
    { " " }Wypada też z zespołu { $n ->
        [one] { $n } sesji
        [few] { $n } sesji
        [many] { $n } sesji
       *[other] { $n } sesji
    }.
NOT_GRANTED = Użytkownik { $user_id } nie ma roli: { $role }.
CLOSE_ASK = Zamknąć „{ $title }”? Uczestnicy nie będą mogli już odpowiadać; wszystko, co napisali, zostaje zachowane.
CLOSE_POLL_OPEN = Ankieta nr { $id } („{ $question }”) jest wciąż otwarta: zamknie się razem z sesją.
CLOSED_POLL = Ankieta nr { $id } zamknęła się razem z nią; wynik jest w drodze do Ciebie i uczestników.
CLOSE_YES = Zamknij
CLOSE_NO = Zostaw otwartą
CLOSE_KEPT = Sesja „{ $title }” zostaje otwarta.
REOPENED = Sesja „{ $title }” jest znowu otwarta. Uczestnicy mogą kontynuować od miejsca, w którym skończyli: { $link }
CANNOT_REOPEN_NOW = Sesja „{ $title }” została zamknięta { $date }, a od tego czasu: { $what }, więc zostaje zamknięta. Utwórz nową sesję przez /newsession.
FLOW_FILE_FAILED =
    Twój plik scenariusza { $file } nie wczytał się przy starcie bota, więc nowe sesje nie mogą używać „{ $flow }”; działające sesje zachowują scenariusz, z którym się otworzyły.
    
    { $problems }
    
    Popraw go (codesign flows check { $file } pokazuje wszystkie problemy) i uruchom bota ponownie.
MORE_PROBLEMS = … i { $n } więcej.
FLOW_UPLOAD_UNREADABLE = Czytam pliki scenariuszy tylko jako tekst UTF-8 o rozmiarze najwyżej { $kb } kB, z końcówką .yaml. Nic się nie zmieniło.
FLOW_UPLOAD_ERRORS =
    { $errors ->
        [one] { $errors } błąd{ $warned } w { $file }: popraw go i wyślij plik ponownie.
        [few] { $errors } błędy{ $warned } w { $file }: popraw je i wyślij plik ponownie.
        [many] { $errors } błędów{ $warned } w { $file }: popraw je i wyślij plik ponownie.
       *[other] { $errors } błędu{ $warned } w { $file }: popraw je i wyślij plik ponownie.
    } Nic się nie zmieniło.
FLOW_UPLOAD_OK = { $file }: plik scenariusza w porządku{ $warned }.
FLOW_UPLOAD_WARNED =
    , { $n ->
        [one] { $n } ostrzeżenie
        [few] { $n } ostrzeżenia
        [many] { $n } ostrzeżeń
       *[other] { $n } ostrzeżenia
    }
FLOW_UPLOAD_TAKEN = „{ $flow }” to id zainstalowanego scenariusza: nazwij plik inaczej (albo zmień jego id:) i wyślij ponownie. Nic się nie zmieniło.
FLOW_UPLOAD_STORED =
    { $new } „{ $title }” ({ $flow }, { $steps ->
        [one] { $steps } krok
        [few] { $steps } kroki
        [many] { $steps } kroków
       *[other] { $steps } kroku
    }) dla Twoich sesji: użyj go w nowej sesji przez /newsession <tytuł> --flow { $flow }. Otwarte sesje zachowują tekst, z którym się otworzyły.
FLOW_UPLOAD_NEW = Zapisano:
FLOW_UPLOAD_REPLACED = Zastąpiono Twój scenariusz:
FLOW_REHEARSAL = Próba: pierwsze pytania tak, jak zobaczą je uczestnicy (znaczniki pokazane jako [session], [community], [organiser]; codesign flows try { $file } przechodzi całość):
# a session's status
STATUS__draft = szkic
# a session's status
STATUS__open = otwarta
# a session's status
STATUS__closed = zamknięta
SECONDS =
    { $n ->
        [one] { $n } sekundy
        [few] { $n } sekund
        [many] { $n } sekund
       *[other] { $n } sekundy
    }
MINUTES =
    { $n ->
        [one] { $n } minuty
        [few] { $n } minut
        [many] { $n } minut
       *[other] { $n } minuty
    }
HOURS = { NUMBER($n, minimumFractionDigits: 1, maximumFractionDigits: 1) } godz.
AUDIT_ACTIONS__created = { $who }: utworzenie sesji
AUDIT_ACTIONS__opened = { $who }: otwarcie sesji
AUDIT_ACTIONS__closed = { $who }: zamknięcie sesji
AUDIT_ACTIONS__reopened = { $who }: ponowne otwarcie sesji
AUDIT_ACTIONS__polled = { $who }: uruchomienie ankiety nr { $poll }
AUDIT_ACTIONS__poll_closed = { $who }: zamknięcie ankiety nr { $poll }
AUDIT_ACTIONS__poll_due = { $who }: zamknięcie ankiety nr { $poll } o ustalonej porze
AUDIT_ACTIONS__broadcast =
    { $who }: wiadomość do { $members ->
        [one] { $members } osoby
        [few] { $members } osób
        [many] { $members } osób
       *[other] { $members } osoby
    }: „{ $text }”
AUDIT_ACTIONS__nudged =
    { $who }: przypomnienie dla { $members ->
        [one] { $members } osoby
        [few] { $members } osób
        [many] { $members } osób
       *[other] { $members } osoby
    }
AUDIT_ACTIONS__nudged_votes =
    { $who }: przypomnienie o propozycjach dla { $members ->
        [one] { $members } osoby
        [few] { $members } osób
        [many] { $members } osób
       *[other] { $members } osoby
    }
AUDIT_ACTIONS__nudged_poll =
    { $who }: przypomnienie o ankiecie nr { $poll } dla { $members ->
        [one] { $members } osoby
        [few] { $members } osób
        [many] { $members } osób
       *[other] { $members } osoby
    }
AUDIT_ACTIONS__hid = { $who }: ukrycie propozycji nr { $proposal } ({ $reason })
AUDIT_ACTIONS__unhid = { $who }: ponowne pokazanie propozycji nr { $proposal }
AUDIT_ACTIONS__linked_group = { $who }: powiązanie czatu grupowego
AUDIT_ACTIONS__team_added = { $who }: dodanie użytkownika { $user } do zespołu (rola: { $role })
AUDIT_ACTIONS__team_removed = { $who }: usunięcie użytkownika { $user } z zespołu ({ $role })
AUDIT_ACTIONS__team_invited = { $who }: link do zespołu (rola: { $role })
AUDIT_ACTIONS__team_joined = { $who }: dołączenie do zespołu przez link (rola: { $role })
AUDIT_ACTIONS__exported = { $who }: eksport ({ $format })
AUDIT_ACTIONS__exported_names = { $who }: eksport ({ $format }, z imionami)
AUDIT_ACTIONS__names_on = { $who }: zgoda dla koordynatorów na eksport imion uczestników
AUDIT_ACTIONS__names_off = { $who }: cofnięcie koordynatorom zgody na eksport imion uczestników
AUDIT_ACTIONS__read = { $who }: odczyt ({ $what })
AUDIT_ACTIONS__read_proposals = { $who }: odczyt propozycji
AUDIT_ACTIONS__read_feedback = { $who }: odczyt uwag
AUDIT_ACTIONS__read_answers = { $who }: odczyt odpowiedzi na { $step }
AUDIT_ACTIONS__read_stats = { $who }: odczyt liczb
AUDIT_ACTIONS__read_results = { $who }: odczyt wyników ankiety nr { $poll }
AUDIT_ACTIONS__read_themes = { $who }: odczyt tematów odpowiedzi
AUDIT_ACTIONS__read_themes_step = { $who }: odczyt tematów odpowiedzi na { $step }
AUDIT_ACTIONS__read_report = { $who }: odczyt raportu
AUDIT_ACTIONS__read_report_moderated = { $who }: odczyt raportu z moderowanymi propozycjami
AUDIT_ACTIONS__translated = { $who }: tłumaczenie propozycji nr { $proposal } (język: { $language })
AUDIT_ACTIONS__granted = { $who }: nadanie użytkownikowi { $user } roli { $role }
AUDIT_ACTIONS__revoked = { $who }: odebranie użytkownikowi { $user } roli { $role }
AUDIT_OTHER = { $who }: { $what }
# {date} in CANNOT_REOPEN_NOW, when the closing time is not known
EARLIER = wcześniej
LINK_TAGS = Aby widzieć, skąd przychodzą uczestnicy, daj każdemu miejscu własny link: dopisz myślnik i słowo z liter, np. { $link }-ulotka lub { $link }-targ.
SEED_USAGE = Użycie: /seed <kod> proposal <numer> <ambasadorzy> lub /seed <kod> poll <numer> <ambasadorzy>. Wskaż ambasadorów przez @nazwę_użytkownika lub pseudonim (m-…) albo napisz top <N>, by wybrać N uczestników, którzy przyprowadzili najwięcej aktywnych sąsiadów.
SEED_NOT_OPEN = „{ $title }” nie jest otwarta: jej uczestników można poprosić o udostępnienie, gdy zostanie otwarta.
SEED_POLL_CLOSED = Ankieta nr { $id } jest zamknięta: nie ma już czego udostępniać.
SEED_NOBODY_BROUGHT = Nikt jeszcze nikogo nie przyprowadził do „{ $title }”: wskaż ambasadorów (@nazwa_użytkownika lub pseudonim).
SEED_TOO_MANY = Najwyżej { $most } ambasadorów naraz.
SEED_UNKNOWN = Nie ma ich wśród uczestników, którzy zgodzili się wziąć udział: { $names }. Nic nie wysłano.
SEED_WHAT__proposal = propozycję nr { $id }
SEED_WHAT__poll = ankietę nr { $id }
SEEDED =
    Rozesłano { $what } przez { $n ->
        [one] 1 ambasadora
        [few] { $n } ambasadorów
        [many] { $n } ambasadorów
       *[other] { $n } ambasadora
    }: { $champions }. Każdy dostanie krótką prośbę z własnym linkiem i przyciskiem do udostępnienia, gdy tylko można będzie do niego napisać (nie w czasie pauzy, nigdy w godzinach ciszy). Kto dołączy przez ten link, zobaczy to najpierw.
AUDIT_ACTIONS__seeded =
    { $who } poprosił(a) { $champions ->
        [one] 1 ambasadora
        [few] { $champions } ambasadorów
        [many] { $champions } ambasadorów
       *[other] { $champions } ambasadora
    } o udostępnienie { $what ->
        [poll] ankiety
       *[proposal] propozycji
    } nr { $number }
