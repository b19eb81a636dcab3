POLL_HEADER = 📊 Ankieta nr { $id } od „{ $title }”
POLL_SINGLE = Wybierz jedną opcję; możesz ją zmienić, dopóki ankieta się nie zamknie.
POLL_MULTI = Wybierz dowolne opcje; dotknij ponownie, aby odznaczyć. Możesz je zmieniać, dopóki ankieta się nie zamknie.
POLL_ANONYMOUS = Ta ankieta jest anonimowa: nikt nie widzi, kto co wybrał.
POLL_COUNTS_LATER = Wyniki pokażą się po jej zamknięciu.
POLL_VISIBLE = Organizatorzy widzą, kto co wybrał.
RESULTS_HIDDEN =
    Ankieta nr { $id } (otwarta, anonimowa): { $question }
    Jej wyniki pokażą się po zamknięciu, żeby nikt nie mógł zgadnąć, kto co wybrał, po tym, kiedy zmieniają się liczby (zapytaj z --live, aby widzieć je na bieżąco).
POLL_CLOSES = Zamknięcie: { $when }.
POLL_USAGE =
    Użycie: /poll <kod> <pytanie> | <opcja> | <opcja> [| ...] [--multi] [--anonymous [--live]] [--closes 2h | --closes friday 18:00]
    Albo wyślij samo /poll, aby wypełnić formularz krok po kroku.
POLL_ERRORS__usage =
    Użycie: /poll <kod> <pytanie> | <opcja> | <opcja> [| ...] [--multi] [--anonymous [--live]] [--closes 2h | --closes friday 18:00]
    Albo wyślij samo /poll, aby wypełnić formularz krok po kroku.
POLL_ERRORS__question_empty = Pytanie jest puste.
POLL_ERRORS__question_long =
    Pytanie jest za długie: najwyżej { $limit ->
        [one] { $limit } znak
        [few] { $limit } znaki
        [many] { $limit } znaków
       *[other] { $limit } znaku
    }.
POLL_ERRORS__option_empty = Jedna z opcji jest pusta.
POLL_ERRORS__option_long =
    Opcja jest za długa: najwyżej { $limit ->
        [one] { $limit } znak
        [few] { $limit } znaki
        [many] { $limit } znaków
       *[other] { $limit } znaku
    } każda.
POLL_ERRORS__option_duplicate = Dwie opcje są takie same.
POLL_ERRORS__option_count = Ankieta potrzebuje od { $low } do { $high } opcji.
POLL_ERRORS__closes_missing = --closes potrzebuje czasu, np. --closes 2h albo --closes friday 18:00.
POLL_ERRORS__to_missing = Po --to podaj nazwę jednego z segmentów sesji, np. --to night_walkers (/segments <kod> je wymienia).
POLL_ERRORS__to_bad = Dotknij jednego z segmentów albo Wszyscy (lub napisz nazwę segmentu).
POLL_ERRORS__closes_bad = Nie rozumiem czasu zamknięcia „{ $given }”. Napisz czas trwania (2h, 3d), dzień i godzinę (tomorrow 18:00, friday 9:30, 12 May 18:00) albo godzinę (18:00).
POLL_ERRORS__closes_range = Czas zamknięcia musi wypaść między 1 minutą a 60 dniami od teraz.
POLL_ERRORS__closes_past = Ten czas zamknięcia już minął: wybierz późniejszy.
POLL_ERRORS__yes_no = Odpowiedz tak albo nie (albo dotknij przycisku powyżej).
POLL_ERRORS__confirm = Dotknij Wyślij (albo napisz „wyślij”), aby uruchomić ankietę, albo /cancel.
POLL_NOT_OPEN_SESSION = Ankiety trafiają tylko do otwartych sesji: „{ $title }” ma status: { $status }.
POLL_CREATED =
    Ankieta nr { $id } trafia do { $members ->
        [one] { $members } osoby
        [few] { $members } osób
        [many] { $members } osób
       *[other] { $members } osoby
    }{ $group }. Wyniki: /results { $code } { $id }; zamknięcie: /closepoll { $code } { $id }.
POLL_GROUP = { " " }i na czat grupowy
POLL_CREATED_TO =
    Ankieta nr { $id } trafia do { $members ->
        [one] { $members } osoby
        [few] { $members } osób
        [many] { $members } osób
       *[other] { $members } osoby
    } z segmentu { $name } (nie na czat grupowy). Wyniki: /results { $code } { $id }; zamknięcie: /closepoll { $code } { $id }.
POLL_CREATED_FOR_NOBODY = Ankieta nr { $id } jest utworzona, ale nie trafiła do nikogo. Wyniki: /results { $code } { $id }; zamknięcie: /closepoll { $code } { $id }.
FORM_PROMPTS__code = Zróbmy ankietę. Dla której sesji? Dotknij jej albo wyślij jej kod (/sessions je pokazuje). W każdej chwili wyślij /cancel, aby przerwać.
FORM_PROMPTS__question = Jakie jest pytanie?
FORM_PROMPTS__options = Wyślij opcje (od 2 do 10): jedną w wiadomości albo kilka w jednej, każdą w osobnej linii. Po ostatniej wyślij /done.
FORM_PROMPTS__multi = Czy uczestnicy mogą wybrać więcej niż jedną opcję?
FORM_PROMPTS__anonymous = Czy ankieta ma być anonimowa, żeby nikt nie widział, kto co wybrał?
FORM_PROMPTS__closes = Kiedy ma się zamknąć? Dotknij wyboru albo napisz czas trwania (2h, 3d), dzień i godzinę (tomorrow 18:00, friday 9:30) lub godzinę (18:00), w Twojej strefie czasowej, { $zone } (/timezone ją zmienia).
FORM_PROMPTS__to = Kto ma ją dostać? Wszyscy, do których można napisać, czy tylko uczestnicy jednego z segmentów sesji:
FORM_PROMPTS__confirm =
    Gotowe:
    
    { $summary }
    
    Wysłać?
FORM_BUTTONS__options__done = To wszystko
FORM_BUTTONS__multi__yes = Tak
FORM_BUTTONS__multi__no = Nie
FORM_BUTTONS__anonymous__yes = Tak
FORM_BUTTONS__anonymous__no = Nie
FORM_BUTTONS__closes__1h = Za godzinę
FORM_BUTTONS__closes__tomorrow = Jutro o 18:00
FORM_BUTTONS__closes__3d = Za 3 dni
FORM_BUTTONS__closes__7d = Za tydzień
FORM_BUTTONS__closes__never = Zamknę sam
FORM_BUTTONS__to__everyone = Wszyscy
FORM_BUTTONS__confirm__send = Wyślij
FORM_BUTTONS__confirm__cancel = Anuluj
FORM_BUTTONS__nobody__create = Utwórz mimo to
FORM_BUTTONS__nobody__cancel = Anuluj
FORM_CHOSEN =
    { $question }
    
    ✅ { $answer }
FORM_SUMMARY_HEAD =
    Sesja: { $title } ({ $code })
    Pytanie: { $question }
FORM_SUMMARY_TAIL =
    Wielokrotny wybór: { $multi }
    Anonimowa: { $anonymous }
    Zamknięcie: { $closes }
FORM_CLOSES_AT = { $when } ({ $zone })
FORM_TO_EVERYONE = Do: wszystkich, do których można teraz napisać ({ $n })
FORM_TO_SEGMENT = Do: segmentu { $name } (teraz można napisać do { $n } jego uczestników)
FORM_SEGMENT_BUTTON = { $name } ({ $n })
FORM_BY_HAND = gdy ją zamkniesz (/closepoll)
YES = tak
NO = nie
FORM_OPTION_ADDED = Dodano opcję { $n }. Wyślij następną albo /done.
POLL_NOBODY = Nikt w „{ $title }” nie może teraz dostać tej ankiety: { $why }. Ankieta wychodzi w chwili utworzenia, więc nikt by jej nie dostał, ani teraz, ani później. Utworzyć mimo to?
NOBODY_JOINED = nikt jeszcze nie dołączył
NOBODY_AGREED = dołączyło { $joined }, zgodę wyraziło { $agreed }
NOBODY_OF_THOSE = ; z nich { $reasons }
NOBODY_REASONS__paused = { $n } ma pauzę
NOBODY_REASONS__opted_out =
    { $n ->
        [one] { $n } zrezygnowała
        [few] { $n } zrezygnowały
        [many] { $n } zrezygnowało
       *[other] { $n } zrezygnowało
    }
NOBODY_REASONS__blocked =
    { $n ->
        [one] { $n } zablokowała bota
        [few] { $n } zablokowały bota
        [many] { $n } zablokowało bota
       *[other] { $n } zablokowało bota
    }
FORM_CANCELLED = Ankieta anulowana; nic nie wysłano.
POLL_USAGE_ID = Użycie: { $command } [kod sesji] <numer ankiety>
NO_SUCH_POLL = Nie ma ankiety nr { $id }.
POLL_ALREADY_CLOSED = Ankieta nr { $id } jest już zamknięta.
POLL_CLOSED_BUTTON = Ta ankieta została zamknięta.
POLL_CLOSED_ON = Ta ankieta zamknęła się { $when }. { $results }
POLL_CLOSED_COPY =
    📊 Ankieta nr { $id } od „{ $title }” zamknęła się { $when }.
    
    { $question }
    { $results }
POLL_CLOSED_REMINDER = 📊 Ankieta nr { $id } od „{ $title }” zamknęła się { $when }: jej wynik jest w samej ankiecie.
ORGANISER_RESULTS =
    📊 Twoja ankieta w „{ $title }”:
    
    { $results }
RESULTS_TIE =
    Remis: { $options }, po { $n ->
        [one] { $n } głosie
        [few] { $n } głosy
        [many] { $n } głosów
       *[other] { $n } głosu
    }.
RESULT_LINE = • { $option }: { $n } ({ NUMBER($share, style: "percent") })
POLL_NOT_MEMBER = Głosować mogą tylko uczestnicy, którzy dołączyli przez link sesji. Dołącz: { $link }
BALLOT_SAVED = Twój głos: { $choice }
BALLOT_CLEARED = Teraz nie wybrano żadnej opcji.
RESULTS_SO_FAR =
    Ankieta nr { $id } (otwarta): { $question }
    { $voters ->
        [one] Na razie głosowała { $voters } osoba.
        [few] Na razie głosowały { $voters } osoby.
        [many] Na razie głosowało { $voters } osób.
       *[other] Na razie głosowało { $voters } osoby.
    }
RESULTS_FINAL =
    Ankieta nr { $id } jest zamknięta: { $question }
    { $voters ->
        [one] Głosowała { $voters } osoba.
        [few] Głosowały { $voters } osoby.
        [many] Głosowało { $voters } osób.
       *[other] Głosowało { $voters } osoby.
    }
LINKGROUP_USAGE = Użycie: /linkgroup <kod sesji>, wysłane na czacie grupowym społeczności.
LINKGROUP_TAKEN = Ta grupa jest powiązana z sesją prowadzoną przez inny zespół; jeden z jego organizatorów może ją powiązać gdzie indziej.
LINKGROUP_PRIVATE = Wyślij /linkgroup <kod> na czacie grupowym, który chcesz powiązać, a nie tutaj.
LINKED = Ta grupa jest teraz powiązana z „{ $title }”. Ankiety tej sesji będą też publikowane tutaj.
