AT = Przy znaku { $at }: { $problem }
THE_END = koniec reguły
EXPECTED__test = id kroku ścieżki, słowo takie jak stage lub language, „not” albo „(”
EXPECTED__operator = jeden z = != < <= > >= in has
EXPECTED__compare = jeden z = != < <= > >=
EXPECTED__value = wartość (id opcji, liczba lub słowo)
EXPECTED__list = „(” i wartości rozdzielone przecinkami, np. (daily, weekly)
EXPECTED__comma = „,” lub „)”
EXPECTED__close = „)”
EXPECTED__open = „(” i id kroku, np. sentiment(one_change)
EXPECTED__join = „and”, „or” lub koniec reguły
EXPECTED__within = „within” i czas, np. active within 7d
EXPECTED__duration = czas, np. 7d, 12h lub 30m
EXPECTED__step = id kroku z odpowiedziami pisanymi
EXPECTED__in = „in” i lista, np. not in (daily, weekly)
PROBLEMS__expected = oczekiwano: { $expected }, znaleziono: { $found }.
PROBLEMS__empty = reguła jest pusta. Napisz na przykład: safety <= 2 and not visit = never
PROBLEMS__too_long = reguła jest za długa (najwyżej { $most } znaków).
PROBLEMS__too_deep = za dużo zagnieżdżonych nawiasów lub słów not (najwyżej { $most }).
PROBLEMS__bad_name = „{ $name }” nie może być nazwą segmentu: użyj a-z, 0-9 i _, najwyżej { $most } znaków.
PROBLEMS__unknown_name = „{ $name }” nie jest ani krokiem tej ścieżki, ani słowem znanym regułom. Kroki: { $steps }. Słowa: { $words }.
PROBLEMS__unknown_option = krok { $step } nie ma opcji „{ $option }”. Jego opcje: { $options }.
PROBLEMS__unknown_topic = żaden krok zainteresowań nie oferuje „{ $topic }”. Tematy: { $topics }.
PROBLEMS__no_interests = ta ścieżka nie ma kroku zainteresowań.
PROBLEMS__scale = krok { $step } to skala od { $low } do { $high }, więc „{ $found }” nie pasuje.
PROBLEMS__typed = krok { $step } przyjmuje odpowiedzi pisane: czytaj je po wydźwięku, np. sentiment({ $step }) < 0.
PROBLEMS__not_typed = krok { $step } jest rodzaju { $kind }; sentiment() czyta kroki z odpowiedziami pisanymi.
PROBLEMS__asks_nothing = krok { $step } jest rodzaju { $kind } i nie ma odpowiedzi do sprawdzenia.
PROBLEMS__operator = „{ $op }” nie pasuje do { $name }: użyj =, !=, in lub has.
PROBLEMS__mood = wydźwięk porównuje się z liczbą od -1 do 1 albo zapisuje jako = negative, neutral lub positive (znaleziono „{ $found }”).
PROBLEMS__bad_value = { $name } nie może być „{ $found }” (na przykład: { $allowed }).
PROBLEMS__no_flow = nie da się odczytać ścieżki sesji, więc i jej segmentów.
