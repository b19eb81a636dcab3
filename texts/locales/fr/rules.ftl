AT = Au caractère { $at } : { $problem }
THE_END = la fin de la règle
EXPECTED__test = un id d'étape du parcours, un mot comme stage ou language, « not » ou « ( »
EXPECTED__operator = l'un de = != < <= > >= in has
EXPECTED__compare = l'un de = != < <= > >=
EXPECTED__value = une valeur (un id d'option, un nombre ou un mot)
EXPECTED__list = « ( » et des valeurs séparées par des virgules, comme (daily, weekly)
EXPECTED__comma = « , » ou « ) »
EXPECTED__close = « ) »
EXPECTED__open = « ( » et un id d'étape, comme sentiment(one_change)
EXPECTED__join = « and », « or » ou la fin de la règle
EXPECTED__within = « within » et une durée, comme active within 7d
EXPECTED__duration = une durée comme 7d, 12h ou 30m
EXPECTED__step = l'id d'une étape à réponse écrite
EXPECTED__in = « in » et une liste, comme not in (daily, weekly)
PROBLEMS__expected = { $expected } attendu, trouvé { $found }.
PROBLEMS__empty = la règle est vide. Écrivez-en une comme : safety <= 2 and not visit = never
PROBLEMS__too_long = la règle est trop longue ({ $most } caractères au plus).
PROBLEMS__too_deep = trop de parenthèses ou de not imbriqués ({ $most } au plus).
PROBLEMS__bad_name = « { $name } » ne peut pas nommer un segment : utilisez a-z, 0-9 et _, { $most } caractères au plus.
PROBLEMS__unknown_name = « { $name } » n'est ni une étape de ce parcours ni un mot connu des règles. Étapes : { $steps }. Mots : { $words }.
PROBLEMS__unknown_option = l'étape { $step } n'a pas d'option « { $option } ». Ses options : { $options }.
PROBLEMS__unknown_topic = aucune étape de centres d'intérêt ne propose « { $topic } ». Sujets : { $topics }.
PROBLEMS__no_interests = ce parcours n'a pas d'étape de centres d'intérêt.
PROBLEMS__scale = l'étape { $step } est une échelle de { $low } à { $high } : « { $found } » n'y entre pas.
PROBLEMS__typed = l'étape { $step } reçoit des réponses écrites : lisez-les par leur ton, par exemple sentiment({ $step }) < 0.
PROBLEMS__not_typed = l'étape { $step } est de type { $kind } ; sentiment() lit les étapes à réponse écrite.
PROBLEMS__asks_nothing = l'étape { $step } est de type { $kind } et n'a pas de réponse à tester.
PROBLEMS__operator = « { $op } » ne convient pas à { $name } : utilisez =, !=, in ou has.
PROBLEMS__mood = un ton se compare à un nombre de -1 à 1, ou vaut = negative, neutral ou positive (trouvé « { $found } »).
PROBLEMS__bad_value = { $name } ne peut pas valoir « { $found } » (par exemple : { $allowed }).
PROBLEMS__no_flow = le parcours de la session ne peut pas être lu, ses segments non plus.
