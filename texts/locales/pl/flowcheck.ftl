WARNING = ostrzeżenie: { $problem }
IN_LANGUAGE = [{ $language }] { $problem }
NOT_REGULAR = to nie jest zwykły plik: to nie plik scenariusza
TOO_LARGE = plik większy niż { $kb } kB: to nie plik scenariusza
CANNOT_READ = nie można odczytać pliku: { $error }
ID_TAKEN = id scenariusza '{ $flow }' jest już używane przez inny plik
YAML_ERROR = błąd YAML: { $error }
YAML_SYNTAX = błąd składni YAML: { $error }
ALIASES = aliasy (*nazwa) są niedozwolone w plikach scenariuszy
ANCHORS = kotwice (&nazwa) są niedozwolone w plikach scenariuszy
TAGS = tagi ({ $tag }) są niedozwolone w plikach scenariuszy
TOO_DEEP = zagnieżdżenie głębsze niż { $most } (liczba poziomów)
MERGE_KEYS = klucze scalania (<<) są niedozwolone w plikach scenariuszy
KEY_NOT_WORD = klucze muszą być słowami, nie { $key }
DUPLICATE_KEY = powtórzony klucz '{ $key }'
NOT_A_MAPPING = plik scenariusza musi być mapą z id, title, engagement, steps, ...
STEPS_EMPTY = steps musi być niepustą listą kroków
STEP_NOT_MAPPING = krok musi być mapą z id, kind i prompt
MISSING_KEY = brak wymaganego klucza '{ $key }'
UNKNOWN_KEY = nieznany klucz '{ $key }'
UNKNOWN_KIND = nieznany rodzaj kroku '{ $kind }' (użyj jednego z: { $kinds })
YES_NO_TEXT = { $field }: YAML czyta yes, no, on i off jako prawdę lub fałsz; weź tekst w cudzysłów
EMPTY = { $field }: nie może być puste
AT_MOST = { $field }: najwyżej { $bound }
AT_LEAST = { $field }: co najmniej { $bound }
NOT_TEXT = { $field }: musi być tekstem
NOT_WHOLE = { $field }: musi być liczbą całkowitą
NOT_NUMBER = { $field }: musi być liczbą
NOT_TRUE_FALSE = { $field }: musi być true albo false
NOT_LIST = { $field }: musi być listą
NOT_MAPPING = { $field }: musi być mapą (wiersze klucz: wartość)
NOT_ONE_OF = { $field }: musi być jednym z: { $expected }
TOO_MANY_ITEMS = { $field }: najwyżej { $n }
TOO_FEW_ITEMS = { $field }: co najmniej { $n }
TEXT_TOO_LONG = { $field }: najwyżej { $n ->
        [one] { $n } znak
        [few] { $n } znaki
        [many] { $n } znaków
       *[other] { $n } znaku
    }
TEXT_TOO_SHORT = { $field }: co najmniej { $n ->
        [one] { $n } znak
        [few] { $n } znaki
        [many] { $n } znaków
       *[other] { $n } znaku
    }
NOT_LANGUAGE_CODE = { $field }: { $value } to nie kod języka, taki jak en, es czy pt-BR
OTHER = { $field }: { $problem }
ID_CHARACTERS =
    { $what ->
        [step] id kroku
        [option] id opcji
        [segment] nazwa segmentu
       *[flow] id scenariusza
    } '{ $value }' może zawierać tylko a-z, 0-9 i _
ID_TOO_LONG =
    { $what ->
        [step] id kroku
        [option] id opcji
        [segment] nazwa segmentu
       *[flow] id scenariusza
    } '{ $value }' jest za długie na dane przycisku ({ $n } > { $most } znaków)
END_RESERVED = 'end' jest zarezerwowane i nie może być id kroku
OUTCOME_WAIT = outcome_question_after może wynosić najwyżej 365d
THRESHOLDS = negative_threshold musi być mniejsze niż positive_threshold
DEFAULT_RULE_ALONE = reguła default ma tylko 'default: <id kroku>'
RULE_SHAPE = reguła rozgałęzienia potrzebuje dokładnie jednego warunku i goto (warunki: { $found })
RULE_SHAPE_NONE = reguła rozgałęzienia potrzebuje dokładnie jednego warunku i goto (warunki: brak)
NEXT_SHAPE = next musi być id kroku, 'end' albo listą reguł rozgałęzienia
PROPOSAL_LENGTHS = min_length nie może być większe niż max_length
TOO_FEW_OPTIONS = wybór potrzebuje co najmniej 2 opcji (aby tylko coś powiedzieć, użyj kroku message)
DUPLICATE_OPTIONS =
    { $what ->
        [id] powtórzone id opcji
       *[label] powtórzone etykiety opcji
    }: { $values }
SELECTIONS = potrzeba min_selections <= max_selections <= { $n } (liczba opcji)
SCALE_ORDER = min skali ({ $min }) musi być mniejsze niż max ({ $max })
SCALE_POINTS = skala może mieć najwyżej 11 punktów
LANGUAGE_NOT_DECLARED = języka { $language } nie ma w languages
BAD_DURATION = zły czas trwania '{ $text }': użyj liczby i jednostki s, m, h lub d, np. 24h
ZERO_DURATION = zły czas trwania '{ $text }': musi być większy od zera
BAD_QUIET_HOURS = złe godziny ciszy '{ $text }': zapisz je tak: 21:00-08:00
QUIET_HOURS_SAME = złe godziny ciszy '{ $text }': początek i koniec są takie same
BRACES = { $field }: nawias klamrowy, który niczego nie otwiera ani nie zamyka (aby wstawić nawias, napisz { "{{" } lub { "}}" })
UNKNOWN_PLACEHOLDER = { $field }: nieznane pole { "{" }{ $name }{ "}" }; użyj { $offered }
LANGUAGE_ALONE = napisz tylko languages: [...] (pierwszy jest domyślny)
LANGUAGES_LIST = languages musi być listą, np. [en, es]
LANGUAGE_CODE = languages: { $code } to nie kod języka, taki jak en, es czy pt-BR
LANGUAGE_TWICE = languages: { $code } występuje dwa razy
LANGUAGES_AT_MOST = languages: najwyżej { $most }
TEXT_PLAIN = { $field }: brak tekstu w: { $others } (napisz po jednym w każdym języku: { $first }: ..., { $second }: ...)
TEXT_UNDECLARED = { $field }: { $code } nie jest jednym z języków scenariusza ({ $languages }); dodaj go do languages albo usuń ten tekst
TEXT_MISSING = { $field }: brak tekstu w: { $missing }
PLACEHOLDERS_DIFFER = { $field }: tekst { $language } używa { $found }, a tekst { $default } używa { $expected }; używaj tych samych pól we wszystkich językach
NO_PLACEHOLDER = żadnego pola
UNLABELLED = krok '{ $step }' nie ma label: podsumowanie na końcu nazwie go jego pytaniem („{ $prompt }”); dodaj krótką etykietę
NO_SENTIMENT = żaden analizator wydźwięku nie czyta tu '{ $language }': odpowiedzi w tym języku mają wydźwięk "unknown", więc żadna gałąź 'sentiment:' ich nie wychwyci i nie dostaną pytania uzupełniającego ani zaproszenia do przyprowadzenia sąsiadów (języki z analizatorem: { $readable })
PROPOSAL_LIMITS = krok propozycji '{ $step }' musi mieć te same min_length i max_length co '{ $first }' ({ $low } i { $high }): sesja ma jeden limit propozycji
DUPLICATE_STEP = powtórzone id kroku '{ $step }' (pierwszy raz w wierszu { $line })
DEFAULT_LAST = reguła default musi być ostatnia (reguły po niej nigdy nie zadziałają)
NO_ANSWER_TO_BRANCH = krok { $kind } nie ma odpowiedzi, według której można się rozgałęzić; użyj zwykłego next albo default
NEVER_SKIPPED = 'skipped' nigdy nie nastąpi: krok '{ $step }' nie jest opcjonalny
SENTIMENT_MISFIT = 'sentiment' nie pasuje do kroku { $kind }
SCALE_ONLY = '{ $condition }' pasuje tylko do kroków scale, nie do { $kind }
UNKNOWN_OPTIONS = '{ $condition }' wskazuje nieznane opcje kroku '{ $step }': { $values }
WHOLE_NUMBERS = '{ $condition }' wymaga liczb całkowitych od { $low } do { $high }, a nie { $values }
CONDITION_MISFIT = '{ $condition }' nie pasuje do kroku { $kind }; rozgałęziaj według sentiment albo skipped
UNKNOWN_TARGET = { $word } prowadzi do nieznanego kroku '{ $target }'
UNREACHABLE = do kroku '{ $step }' nie da się dojść od pierwszego kroku
TRAP = żadna odpowiedź na krok '{ $step }' nie prowadzi do końca: { $loop }
MESSAGE_LOOP = kroki message zapętlają się bez końca, bez żadnego pytania: { $loop }
SEGMENT_NAME = segments: { $problem }
SEGMENT_RULE = segment '{ $name }': { $problem }
VARIANT_UNKNOWN = wariant dla segmentu '{ $name }': blok segments: przepływu go nie definiuje; uczestnicy czytają zwykły tekst, chyba że zespół go doda (/segment <kod> add { $name } ...)
