WELCOME_NO_CODE =
    Cześć! Pomagam sąsiadom wspólnie tworzyć lokalne projekty.
    
    Aby wziąć udział, otwórz link od organizatora (wygląda jak t.me/{ $bot }?start=…) albo wyślij /start i kod sesji.
UNKNOWN_CODE = Nie znam kodu sesji „{ $code }”. Sprawdź link od organizatora albo poproś o nowy.
SESSION_DRAFT = Sesja „{ $title }” jeszcze się nie rozpoczęła. Spróbuj ponownie, gdy organizator ją otworzy.
SESSION_CLOSED = Sesja „{ $title }” została zamknięta. Dziękujemy za zainteresowanie!
SESSION_CLOSED_UNFINISHED = Sesja „{ $title }” została zamknięta, więc nie będzie już pytań. Dziękujemy za udział: wszystko, co napisano, zostaje zachowane.
SOME_SESSION_DRAFT = Ta sesja jeszcze się nie rozpoczęła. Napiszę tutaj, gdy się otworzy.
DRAFT_OPENED = Sesja „{ $title }” jest już otwarta. Aby wziąć udział, otwórz { $link } albo wyślij /start { $code }.
SOME_SESSION_CLOSED = Ta sesja została zamknięta. Dziękujemy za zainteresowanie!
CONSENT_TERMS =
    Zachowam to, co tu napiszesz (odpowiedzi, propozycje, głosy i uwagi), Twoją nazwę w Telegramie i godzinę każdej wiadomości, aby organizatorzy ({ $community }) mogli je wykorzystać w tej sesji współprojektowania. To, co piszesz, jest też automatycznie oceniane pod względem tonu (pozytywny, neutralny lub negatywny): organizatorzy widzą to w statystykach, a negatywna odpowiedź może skutkować pytaniem uzupełniającym. Jeśli ktoś dołączy przez link, który udostępnisz, zapiszę to na Twoje konto: organizatorzy widzą, ile osób przyprowadził każdy uczestnik (nigdy kto to jest), a /myreach pokazuje Twoją liczbę.
    
    Jak długo: dopóki nie wyślesz /forget, które usuwa Twoją nazwę i słowa (zostają tylko anonimowe liczby). Nic nie jest usuwane samo, a za pliki wyeksportowane przez organizatorów odpowiadają oni.
    
    W każdej chwili możesz wysłać /pause, aby wstrzymać przypomnienia, i /resume, aby kontynuować. /mydata wysyła Ci wszystko, co o Tobie przechowuję, a /forget to usuwa (po ponownym zapytaniu). Jeśli odmówisz, zachowam tylko informację, że ktoś odmówił. /privacy pokazuje to ponownie.
CONSENT =
    Witaj w sesji „{ $title }”! Zanim zaczniemy, oto co przechowuję i dlaczego.
    
    { CONSENT_TERMS }
    
    Czy zgadzasz się wziąć udział?
PRIVACY =
    Co przechowuję w ramach „{ $title }”:
    
    { CONSENT_TERMS }
PRIVACY_AGREED = Zgoda na udział: { $date }.
PRIVACY_NO_SESSION =
    Nie jesteś jeszcze w żadnej sesji. Gdy dołączysz (otwórz link od organizatora albo wyślij /start i kod sesji), najpierw zapytam o zgodę, a przechowuję to:
    
    { CONSENT_TERMS }
CONSENT_YES = Zgadzam się
CONSENT_NO = Nie, dziękuję
CONSENT_GIVEN = ✅ Zgoda na udział: { $date }.
CONSENT_DECLINED = Nie ma sprawy: o nic więcej nie zapytam. Jeśli zmienisz zdanie, napisz do mnie albo otwórz link ponownie.
CONSENT_PENDING = Najpierw odpowiedz na pytanie powyżej: czy zgadzasz się wziąć udział?
CONSENT_DECLINED_BEFORE = Odmowa udziału w „{ $title }” została zapisana, więc o nic nie pytam. Zmiana zdania? Dotknij poniżej, aby jednak dołączyć.
CONSENT_AFTER_ALL = Chcę wziąć udział
ALREADY_JOINED = Witaj ponownie w „{ $title }”! Tu skończyliśmy:
BACK_TO_QUESTION = Wracamy do miejsca, w którym byliśmy:
FLOW_FINISHED_ALREADY = Wszystkie pytania „{ $title }” mają już odpowiedzi. Dziękujemy! /help pokazuje, co jeszcze możesz zrobić.
PAUSED = Wstrzymano: żadnych przypomnień, ankiet ani wiadomości ode mnie, dopóki nie wyślesz /resume. Nadal odpowiadam, gdy piszesz.
ALREADY_PAUSED = Już masz pauzę. Wyślij /resume, aby kontynuować.
RESUMED = Witaj ponownie! Przypomnienia są znowu włączone.
WHILE_AWAY = Podczas Twojej nieobecności: { $missed }. Zaraz przyjdą.
AWAY_POLLS =
    { $n ->
        [one] { $n } otwarta ankieta
        [few] { $n } otwarte ankiety
        [many] { $n } otwartych ankiet
       *[other] { $n } otwartej ankiety
    }
AWAY_MESSAGES =
    { $n ->
        [one] { $n } wiadomość od organizatorów
        [few] { $n } wiadomości od organizatorów
        [many] { $n } wiadomości od organizatorów
       *[other] { $n } wiadomości od organizatorów
    }
NOT_PAUSED = Nie masz pauzy: wszystko działa.
TIMEZONE_ASK = Twoja strefa czasowa to { $zone } (jest tam { $time }): w nocy milczę. Dotknij swojej albo wyślij /timezone i nazwę miasta lub strefy, np. /timezone Lizbona.
TIMEZONE_SET = Twoja strefa czasowa to teraz { $zone } (jest tam { $time }). W nocy nie będę pisać.
TIMEZONE_UNKNOWN = Nie znam strefy czasowej „{ $typed }”. Wyślij miasto (/timezone Lizbona) albo nazwę strefy (/timezone Europe/Lisbon).
EDIT_IGNORED = Czytam tylko nowe wiadomości, więc edycja niczego nie zmieniła. Aby zmienić odpowiedź, wyślij /back.
UNKNOWN_COMMAND = Nie znam polecenia { $command }. /help pokazuje, co możesz zrobić.
NOT_ALLOWED = Niestety, tylko { $role } mogą używać { $command }.
NOT_ALLOWED_BUTTON = Niestety, tylko { $role } mogą używać tego przycisku.
NON_TEXT_OUTSIDE_FLOW = Umiem czytać tylko wiadomości tekstowe. /help pokazuje, co możesz zrobić.
STALE_BUTTON = Ten przycisk jest już nieaktualny.
# {organiser} in a flow, when the bot never met them
THE_ORGANISERS = organizatorzy
SESSION_NOT_OPEN_BUTTON = Ta sesja nie jest już otwarta.
NEED_SESSION = Najpierw dołącz do sesji: otwórz link od organizatora. /help pokazuje, co możesz zrobić.
MYDATA_HEAD = Co o Tobie przechowuję, w skrócie:
MYDATA_YOU = Ty: { $name }{ $username }; strefa czasowa: { $zone }.
MYDATA_NO_ZONE = nieustawiona
MYDATA_SESSION =
    „{ $title }”: dołączenie { $joined }, { $consent }. { $answers ->
        [one] { $answers } odpowiedź
        [few] { $answers } odpowiedzi
        [many] { $answers } odpowiedzi
       *[other] { $answers } odpowiedzi
    }, { $proposals ->
        [one] { $proposals } propozycja
        [few] { $proposals } propozycje
        [many] { $proposals } propozycji
       *[other] { $proposals } propozycji
    }, { $votes ->
        [one] { $votes } głos
        [few] { $votes } głosy
        [many] { $votes } głosów
       *[other] { $votes } głosu
    }, { $feedback ->
        [one] { $feedback } uwaga
        [few] { $feedback } uwagi
        [many] { $feedback } uwag
       *[other] { $feedback } uwagi
    }.
MYDATA_AGREED = zgoda na udział { $date }
MYDATA_DECLINED = odmowa udziału
MYDATA_NOT_ASKED = jeszcze bez pytania o zgodę
MYDATA_NO_SESSIONS = Brak sesji.
MYDATA_FILE_NEXT = Wszystkie szczegóły, razem z naszymi wiadomościami, przyjdą w pliku (JSON, dla komputera lub innej usługi). /forget je usuwa; /privacy wyjaśnia, dlaczego są przechowywane.
MYDATA_CAPTION = Wszystko, co bot o Tobie przechowuje, stan na { $date }.
FORGET_CONFIRM =
    To usunie Twoją nazwę, nazwę użytkownika i strefę czasową oraz wszystko, co napisano w każdej sesji: odpowiedzi, propozycje, uwagi i wiadomości. To, co zostanie, nie ma Twojego imienia: Twoje głosy, liczby odpowiedzi i propozycje, na które inni już głosowali (jako „wycofane”, z liczbą głosów, bez Twoich słów). Nie napiszę do Ciebie, chyba że znów dołączysz do sesji. Tego nie da się cofnąć.{ $staff }
    
    Usunąć Twoje dane?
FORGET_STAFF_KEEPS =
    { "\u000A" }
    W roli „{ $role }” zostaje to, co nie należy tylko do Ciebie: Twoja rola, miejsce w zespołach sesji, utworzone sesje i wpisy dziennika o Twoich działaniach w nich, z Twoim identyfikatorem Telegrama (nazwa znika), aby zespoły nadal widziały, kto co zrobił. Aby zrezygnować z roli, poproś administratora.
STAFF_ROLE_WORDS__admin = administrator
STAFF_ROLE_WORDS__organiser = organizator
STAFF_ROLE_WORDS__coordinator = koordynator
FORGET_YES = Usuń moje dane
FORGET_NO = Zachowaj
FORGET_KEPT = Nic nie zostało usunięte. Wyślij /forget ponownie, kiedy zechcesz.
FORGET_DONE =
    Gotowe: Twoja nazwa, nazwa użytkownika i strefa czasowa są usunięte, a także { $answers ->
        [one] { $answers } odpowiedź
        [few] { $answers } odpowiedzi
        [many] { $answers } odpowiedzi
       *[other] { $answers } odpowiedzi
    }, { $proposals ->
        [one] { $proposals } propozycja
        [few] { $proposals } propozycje
        [many] { $proposals } propozycji
       *[other] { $proposals } propozycji
    }, { $feedback ->
        [one] { $feedback } uwaga
        [few] { $feedback } uwagi
        [many] { $feedback } uwag
       *[other] { $feedback } uwagi
    } i { $messages ->
        [one] { $messages } wiadomość
        [few] { $messages } wiadomości
        [many] { $messages } wiadomości
       *[other] { $messages } wiadomości
    } od Ciebie, razem z wiadomościami bota, które je cytowały.
    
    Zachowane bez Twojego imienia: { $withdrawn ->
        [one] { $withdrawn } propozycja, na którą inni głosowali
        [few] { $withdrawn } propozycje, na które inni głosowali
        [many] { $withdrawn } propozycji, na które inni głosowali
       *[other] { $withdrawn } propozycji, na które inni głosowali
    } (jako „wycofane”, z liczbą głosów), { $votes ->
        [one] { $votes } głos
        [few] { $votes } głosy
        [many] { $votes } głosów
       *[other] { $votes } głosu
    }, { $ballots ->
        [one] { $ballots } wybór w ankiecie
        [few] { $ballots } wybory w ankietach
        [many] { $ballots } wyborów w ankietach
       *[other] { $ballots } wyboru w ankietach
    } oraz informacja, że ktoś brał udział w { $sessions ->
        [one] { $sessions } sesji
        [few] { $sessions } sesjach
        [many] { $sessions } sesjach
       *[other] { $sessions } sesji
    }.
    
    Nie napiszę już do Ciebie. Aby wziąć udział później, otwórz link sesji: zaczniesz od nowa.{ $staff }
FORGET_DONE_STAFF =
    { "\u000A" }
    Zachowane w roli „{ $role }”: Twoja rola, miejsca w zespołach, Twoje sesje i wpisy dziennika o Twoich działaniach (z Twoim identyfikatorem Telegrama).
FORGET_NOTHING = Nic o Tobie nie przechowuję.
# {community} in PRIVACY_NO_SESSION
THE_COMMUNITY = społeczność sesji
ROLES_HELD_BY__organiser = organizatorzy
ROLES_HELD_BY__coordinator = koordynatorzy
ROLES_HELD_BY__admin = administratorzy
ROLE_NAMES__organiser = organizator
ROLE_NAMES__coordinator = koordynator
ROLE_NAMES__admin = administrator
MYDATA_ABOUT = Wszystko, co bot współprojektowania o Tobie przechowuje: Twój profil uczestnika, role, sesje, do których dołączono, Twoje odpowiedzi, propozycje, głosy, uwagi i wybory w ankietach, miejsce w pytaniach każdej sesji, wiadomości między Tobą a botem oraz to, co jeszcze czeka na wysłanie. Godziny podano w UTC.
LANGUAGE_HINT = Będę pisać do Ciebie w języku: { $language }. Aby to zmienić, wyślij /language ({ $others }).
LANGUAGE_ASK = W „{ $title }” piszę do Ciebie w języku: { $language }. Jaki język wolisz?
LANGUAGE_ONLY = „{ $title }” jest tylko w języku: { $language }.
LANGUAGE_SET = ✅ Od teraz będę pisać do Ciebie w języku: { $language }.
LANGUAGE_UNCHANGED = Już piszę do Ciebie w języku: { $language }.
LANGUAGE_NOT_OFFERED = „{ $title }” nie jest dostępna w języku „{ $typed }”. Jej języki: { $languages }.
LANGUAGE_NO_SESSION = Język wybierasz spośród języków swojej sesji: najpierw dołącz do jakiejś (otwórz link od organizatora).
LANDED_PROPOSAL = 📣 Trafiłeś tu przez link do tej propozycji. Co o niej sądzisz?
LANDED_POLL = 📊 Trafiłeś tu przez link do ankiety nr { $id }: przyjdzie zaraz po tej wiadomości.
SHARE_INVITE_BUTTON = 📣 Udostępnij zaproszenie
SHARE_INVITE_TEXT = Dołącz do mnie w „{ $title }”: sąsiedzi wspólnie to kształtują, a Twój głos się liczy.
MYREACH =
    { $joined ->
        [one] 1 osoba dołączyła
        [few] { $joined } osoby dołączyły
        [many] { $joined } osób dołączyło
       *[other] { $joined } osoby dołączyło
    } do „{ $title }” przez Twoje linki, a { $active } z nich wzięło udział (odpowiedziało na co najmniej jedno pytanie). Liczę je; nigdy nie mówię, kto to jest.
MYREACH_NONE = Nikt jeszcze nie dołączył do „{ $title }” przez Twoje linki.
MYREACH_LINK = Twój link z zaproszeniem: { $link }
SEED_REQUEST =
    Organizatorzy „{ $title }” chcieliby, żeby więcej sąsiadów zobaczyło { $what }. Czy możesz przekazać to osobom, które mogą być zainteresowane? Twój własny link: { $link }
    
    Kto dołączy przez ten link, zobaczy to najpierw. Liczę, ile osób dołącza dzięki Tobie, nigdy kto.
SEED_SHARE_TEXT = Zobacz { $what } w „{ $title }” i wypowiedz się:
SEED_SHARE_BUTTON = 📣 Udostępnij
SEED_ABOUT_PROPOSAL = propozycję nr { $id } „{ $text }”
SEED_ABOUT_POLL = ankietę nr { $id } „{ $text }”
