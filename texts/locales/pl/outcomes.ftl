STATE_NAMES__adopted = przyjęta
STATE_NAMES__declined = odrzucona
STATE_NAMES__in_progress = w realizacji
STATE_NAMES__done = zrealizowana
STATE_MARKS__adopted = 👍
STATE_MARKS__declined = ✖️
STATE_MARKS__in_progress = 🛠
STATE_MARKS__done = ✅
USAGE =
    Użycie: { $command } [kod sesji] <numer propozycji> adopted|declined|in_progress|done [dlaczego, w kilku słowach]
    Na przykład: { $command } 3 done Latarnie stanęły 2 czerwca.
    Przy done --ask-after 7d ustala, kiedy zapytam głosujących, czy coś to dla nich zmieniło.
NO_STATE = Co stało się z propozycją nr { $id }? Po jej numerze wpisz adopted, declined, in_progress lub done, a potem w kilku słowach dlaczego: { $command } { $code } { $id } done Latarnie już stoją.
BAD_STATE = Nie znam takiego wyniku. Po numerze propozycji wpisz adopted, declined, in_progress lub done, np. { $command } { $code } { $id } adopted
TOO_LONG = Te słowa są za długie: najwyżej { $limit } znaków, proszę.
ASK_AFTER_BAD = --ask-after przyjmuje czas jak 7d, 48h lub 30d (najwyżej 365d), np. { $command } { $code } { $id } done --ask-after 7d Latarnie już stoją.
ASK_AFTER_NOT_DONE = --ask-after działa tylko z done: pytam uczestników, czy propozycja coś zmieniła, gdy jest już zrealizowana.
HIDDEN = Propozycja nr { $id } jest ukryta przed uczestnikami, więc nie ma o czym ich informować. Najpierw /unhide { $code } { $id }, jeśli ma być widoczna.
WITHDRAWN = Propozycję nr { $id } wycofał jej autor (usunął swoje dane), więc nie ma wyniku do zapisania.
ALREADY = Propozycja nr { $id } jest już oznaczona jako { $state } (od { $since }); nic się nie zmienia i nikt nie dostanie informacji dwa razy.
REWORDED = Propozycja nr { $id } była już oznaczona jako { $state } (od { $since }): teraz ma Twoje słowa, do raportu i eksportów. Kto już wie, nie dostanie informacji ponownie.
SAVED = Propozycja nr { $id } jest teraz oznaczona: { $mark } { $state }.
SAVED_WORDS = Uczestnicy przeczytają z nią Twoje słowa: „{ $words }”
SAVED_WORDS_KEPT = Twoje słowa zostają przy niej do raportu i eksportów: „{ $words }”
TELLING =
    { $n ->
        [one] Informuję { $n } osobę, która ją zgłosiła lub na nią głosowała, stopniowo, w dziennym limicie i poza jej godzinami ciszy.
        [few] Informuję { $n } osoby, które ją zgłosiły lub na nią głosowały, stopniowo, w dziennym limicie i poza ich godzinami ciszy.
        [many] Informuję { $n } osób, które ją zgłosiły lub na nią głosowały, stopniowo, w dziennym limicie i poza ich godzinami ciszy.
       *[other] Informuję { $n } osoby, które ją zgłosiły lub na nią głosowały, stopniowo, w dziennym limicie i poza ich godzinami ciszy.
    }
TELLING_NOBODY = Do nikogo, kto ją zgłosił lub na nią głosował, nie można teraz pisać, więc nikt nie dostanie informacji.
TOLD_BEFORE =
    { $n ->
        [one] { $n } osoba, która już wie, że była { $state }, nie dostanie informacji ponownie.
        [few] { $n } osoby, które już wiedzą, że była { $state }, nie dostaną informacji ponownie.
        [many] { $n } osób, które już wiedzą, że była { $state }, nie dostanie informacji ponownie.
       *[other] { $n } osoby, które już wiedzą, że była { $state }, nie dostaną informacji ponownie.
    }
AWAY =
    { $n ->
        [one] Do { $n } kolejnej osoby nie można pisać (pauza, odejście lub blokada bota).
        [few] Do { $n } kolejnych osób nie można pisać (pauza, odejście lub blokada bota).
        [many] Do { $n } kolejnych osób nie można pisać (pauza, odejście lub blokada bota).
       *[other] Do { $n } kolejnej osoby nie można pisać (pauza, odejście lub blokada bota).
    }
WILL_ASK = Za { $wait } zapytam ich, czy coś to dla nich zmieniło; odpowiedzi pojawią się przy wyniku w /stats, raporcie i eksportach.
ADD_WHY = Wskazówka: następnym razem dopisz po stanie kilka słów wyjaśnienia: uczestnicy przeczytają je razem z wiadomością, a mówią więcej niż sam stan. Słowa dodane teraz ({ $command } { $code } { $id } { $state } <dlaczego>) trafią do raportu i eksportów.
TOLD_HEAD = Mówiliście, zrobiliśmy — „{ $title }”
TOLD_YOURS = Twoja propozycja nr { $id }: „{ $text }”
TOLD_VOTED = Propozycja nr { $id }, na którą głosowałeś/-aś: „{ $text }”
TOLD_STATES__adopted = 👍 Organizatorzy ją przyjęli.
TOLD_STATES__declined = ✖️ Organizatorzy postanowili jej nie realizować.
TOLD_STATES__in_progress = 🛠 Prace nad nią ruszyły.
TOLD_STATES__done = ✅ Zostało zrobione.
TOLD_WHY = Ich słowami: „{ $words }”
TOLD_THANKS = Dziękujemy za udział.
QUESTION =
    „{ $title }”: propozycja nr { $id }, „{ $text }”, została zrealizowana { $date }.
    
    Czy coś to dla Ciebie zmieniło?
IMPACT_LABELS__a_lot = Tak, bardzo
IMPACT_LABELS__a_little = Trochę
IMPACT_LABELS__not_really = Raczej nie
ANSWERED = Twoja odpowiedź: { $label }. Dziękuję!
WORDS_PLEASE = Jeśli chcesz, napisz w kilku słowach, co się zmieniło (albo nie): Twoja następna wiadomość zostanie zapisana z odpowiedzią. Nie musisz.
ALREADY_ANSWERED = Już na to odpowiedziałeś/-aś. Dziękuję!
WORDS_KEPT = Dziękuję — Twoje słowa zostały zapisane z odpowiedzią.
WORDS_DECLINED = Dobrze, odpowiedź zostaje bez zmian. Dziękuję!
WORDS_TOO_LONG = To trochę za długie: najwyżej { $limit } znaków, proszę.
CARD_LINE = { $mark } Wynik: { $state }
CARD_WHY = „{ $words }”
STATS_HEAD = Co stało się z propozycjami:
STATS_LINE = • nr { $id } { $text }: { $state } ({ $date }){ $answers }
STATS_ANSWERS = ; czy coś zmieniło? { $counts } (odpowiedzi: { $n })
REPORT_SECTION = Mówiliście, zrobiliśmy
REPORT_COLUMNS__0 = nr
REPORT_COLUMNS__1 = propozycja
REPORT_COLUMNS__2 = wynik
REPORT_COLUMNS__3 = ich słowami
REPORT_COLUMNS__4 = od
REPORT_ASKED = Czy coś to zmieniło dla głosujących?
REPORT_COUNT = { $label }: { $n }
REPORT_NOBODY = Nikt jeszcze nie odpowiedział.
REPORT_HISTORY = Wcześniej: { $steps }
