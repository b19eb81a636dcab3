TICK = ✅{ " " }
DONE = Gotowe
CONTINUE = Dalej
# words a member may type for Continue, separated by commas
CONTINUE_WORDS = dalej, gotowe, następne, kontynuuj, continue, done, next
SKIP_HINT = (Opcjonalne: wpisz /skip, aby pominąć.)
PROPOSAL_HINT =
    (Od { $least } do { $most ->
        [one] { $most } znaku
        [few] { $most } znaków
        [many] { $most } znaków
       *[other] { $most } znaku
    }.)
SCALE_HINT = Dotknij liczby od { $low } ({ $low_label }) do { $high } ({ $high_label }).
SCALE_HINT_PLAIN = Dotknij liczby od { $low } do { $high }.
MULTI_HINT = Dotknij, aby zaznaczyć lub odznaczyć (najwyżej { $most }), potem dotknij Gotowe.
MULTI_HINT_MIN = Dotknij, aby zaznaczyć lub odznaczyć (od { $least } do { $most }), potem dotknij Gotowe.
INTERESTS_HINT = Dotknij tematów, na których Ci zależy, ile tylko chcesz, a potem dotknij Gotowe.
PREVIOUS_ANSWER = Twoja poprzednia odpowiedź: { $answer }
SKIPPED = (pominięte)
NOTHING_SELECTED = (nic nie zaznaczono)
THANKS = Dziękuję, zapisane.
PROPOSAL_SAVED = Dziękuję, Twoja propozycja jest zapisana. Inni będą mogli na nią głosować.
FEEDBACK_SAVED = Dziękuję za uwagi.
SKIPPED_ACK = Dobrze, pominięte.
SAVED_NOTICE = Zapisano
TEXT_ONLY = Tutaj czytam tylko tekst: wpisz odpowiedź, proszę.
TAP_OPTION = Dotknij jednej z opcji poniżej, proszę.
TAP_OPTION_OR_TYPE = Dotknij jednej z opcji poniżej (albo wpisz dokładnie jedną z nich), proszę.
SCALE_RANGE = Odpowiedz liczbą całkowitą od { $low } do { $high }, proszę.
EMPTY_TEXT = Ta wiadomość wygląda na pustą: wpisz odpowiedź, proszę.
TOO_LONG =
    To trochę za długie: najwyżej { $limit ->
        [one] { $limit } znak
        [few] { $limit } znaki
        [many] { $limit } znaków
       *[other] { $limit } znaku
    }, proszę (Twoja ma { $length }).
KEPT_TO_SHORTEN = Nic nie przepadło: oto, co napisano, do skopiowania, skrócenia i wysłania ponownie.
TOO_SHORT =
    Możesz napisać trochę więcej? Co najmniej { $limit ->
        [one] { $limit } znak
        [few] { $limit } znaki
        [many] { $limit } znaków
       *[other] { $limit } znaku
    }, proszę.
PROPOSAL_TOO_LONG = Ta propozycja jest za długa: najwyżej { $most } znaków, proszę (Twoja ma { $length }).
PROPOSAL_TOO_SHORT = To trochę za krótko jak na propozycję: co najmniej { $least } znaków, proszę (Twoja ma { $length }).
TOO_FEW = Wybierz co najmniej { $least }, zanim dotkniesz Gotowe.
TOO_MANY = Możesz wybrać najwyżej { $most }. Najpierw odznacz jedną.
UNKNOWN_OPTION = Ta opcja nie jest już dostępna.
VOTE_CONTINUE = Gdy skończysz z propozycjami, dotknij Dalej.
STALE_BUTTON = To pytanie ma już odpowiedź: tu jesteśmy.
INVALID_BUTTON = Ten przycisk jest już nieaktualny: tu jesteśmy.
NOTHING_BEFORE = Nie ma do czego wracać: to pierwsze pytanie.
CANNOT_SKIP = To pytanie wymaga odpowiedzi, więc nie można go pominąć.
UNKNOWN_COMMAND = To polecenie tu nie działa. Tu jesteśmy:
ALREADY_STARTED = Już zaczęliśmy: tu jesteśmy.
CHANGED_FLOW = Pytania zmieniły się od Twojego startu, więc kontynuujemy stąd.
SUMMARY_HEAD = Oto, co nam przekazano:
SUMMARY_LINE = • { $label }: { $answer }
NO_ANSWERS = Tym razem bez odpowiedzi na pytania.
CLOSING = Dziękujemy za udział! Organizatorzy podzielą się tym, co będzie dalej.
FINISHED = Pytania tej sesji są ukończone. Dziękujemy! Nadal możesz używać /proposals, /propose i /feedback.
BACK_AFTER_END = Odpowiedzi są już wysłane, więc pytań nie da się zmienić. Co możesz jeszcze zrobić: zmienić głosy (/proposals, potem dotknij innego przycisku), dodać propozycję (/propose) albo słowo do organizatorów (/feedback) i zobaczyć wszystko, co nam przekazano (/mydata).
REMINDER_TEXT = Drobne przypomnienie od „{ $title }”, gdy znajdziesz chwilę:
FOLLOWUP_TEXT = Wcześniej napisano: „{ $quote }”. Dziękujemy za szczerość. Co by to dla Ciebie poprawiło?
ELABORATION_TEXT = Napisano: „{ $quote }”. Możesz powiedzieć trochę więcej, jakiś szczegół albo przykład?
CHAMPION_TEXT =
    Dziękujemy za pomysły dla „{ $title }”! Jeśli znasz sąsiadów, którzy chcieliby zabrać głos, wyślij im swój własny link:
    { $link }
    
    Przekaż tę wiadomość albo skopiuj link: gdy dołączą, będziemy wiedzieć, że to dzięki Tobie.
SIDE_HINT = (Po prostu wpisz tu odpowiedź; nie zmienia ona pozostałych odpowiedzi.)
SIDE_THANKS = Dziękujemy, to pomaga.
SIDE_DECLINED = W porządku.
# what an organiser may type in the /poll form (English is always read), separated by commas
YES_WORDS = tak, t
NO_WORDS = nie
SEND_WORDS = wyślij, wyslij
