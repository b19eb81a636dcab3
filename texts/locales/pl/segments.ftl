USAGE =
    Użycie: /segment <kod> add NAZWA REGUŁA, /segment <kod> show NAZWA lub /segment <kod> remove NAZWA.
    Reguła sprawdza, co odpowiedzieli uczestnicy, i nie tylko, na przykład:
    /segment <kod> add night_walkers safety <= 2 and not visit_frequency = never
LIST_USAGE = Użycie: /segments <kod>
NONE_YET = { $title } nie ma jeszcze segmentów. Dodaj segment poleceniem /segment { $code } add NAZWA REGUŁA, na przykład /segment { $code } add unsafe safety <= 2
LIST_HEAD = Segmenty „{ $title }” ({ $n }):
LINE =
    • { $name } ({ $origin }): { $n ->
        [one] { $n } osoba
        [few] { $n } osoby
        [many] { $n } osób
       *[other] { $n } osoby
    }, do { $reachable } można teraz napisać
    { "  " }{ $rule }
LINE_BROKEN = • { $name }: jego reguły nie da się już odczytać. { $problem }
LIST_FOOT = Kto należy do segmentu: /segment { $code } show NAZWA. Wysyłka do segmentu: --to NAZWA.
ORIGINS__flow = ze ścieżki
ORIGINS__team = dodany przez zespół
NOT_ADDED = Nie dodano segmentu { $name }. { $problem }
NO_INVITER = Nikt, kto zaprosił innych do tej sesji, nie ma pseudonimu { $pseudonyms }.
EXISTS = Ta sesja ma już segment { $name }. Najpierw go usuń (/segment { $code } remove { $name }) albo wybierz inną nazwę.
ADDED =
    Dodano segment { $name }: { $rule }
    Należy do niego teraz { $n ->
        [one] { $n } osoba
        [few] { $n } osoby
        [many] { $n } osób
       *[other] { $n } osoby
    }; do { $reachable } z nich można napisać.
    Jest wyliczany od nowa przy każdym użyciu, z odpowiedzi takich, jakie są w tej chwili. Kto należy: /segment { $code } show { $name }
REMOVED = Usunięto segment { $name } z „{ $title }”.
UNKNOWN = W tej sesji nie ma segmentu { $name }. Jej segmenty: { $names }. Zobacz: /segments { $code }
NO_NAMES = na razie brak
RULE_BROKEN = Nie można użyć segmentu { $name }: jego reguły nie da się już odczytać. { $problem }
SHOW_HEAD =
    Segment { $name }: { $rule }
    Należy do niego teraz { $n ->
        [one] { $n } osoba
        [few] { $n } osoby
        [many] { $n } osób
       *[other] { $n } osoby
    }; do { $reachable } można napisać. Pseudonimy:
SHOW_MORE = … i jeszcze { $n }.
TO_MISSING = Po --to podaj nazwę segmentu, na przykład --to night_walkers.
SMALL_CUT = Segment { $name } liczy mniej niż 5 osób: nie pokazuję dla niego żadnych liczb, aby nikogo nie dało się w nim rozpoznać.
CUT_HEAD = Tylko segment { $name } (liczba osób: { $n }):
PREVIEW_TO = Tylko segment { $name }: teraz można napisać do { $n } z { $size } jego uczestników.
NOBODY_IN = Do nikogo z segmentu { $name } w „{ $title }” nie można teraz napisać, więc nic nie wysłano.
