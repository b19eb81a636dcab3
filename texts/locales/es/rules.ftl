AT = En el carácter { $at }: { $problem }
THE_END = el final de la regla
EXPECTED__test = un id de paso del flujo, una palabra como stage o language, “not” o “(”
EXPECTED__operator = uno de = != < <= > >= in has
EXPECTED__compare = uno de = != < <= > >=
EXPECTED__value = un valor (un id de opción, un número o una palabra)
EXPECTED__list = “(” y valores separados por comas, como (daily, weekly)
EXPECTED__comma = “,” o “)”
EXPECTED__close = “)”
EXPECTED__open = “(” y un id de paso, como sentiment(one_change)
EXPECTED__join = “and”, “or” o el final de la regla
EXPECTED__within = “within” y una duración, como active within 7d
EXPECTED__duration = una duración como 7d, 12h o 30m
EXPECTED__step = el id de un paso con respuestas escritas
EXPECTED__in = “in” y una lista, como not in (daily, weekly)
PROBLEMS__expected = se esperaba { $expected } y se encontró { $found }.
PROBLEMS__empty = la regla está vacía. Escribe una como: safety <= 2 and not visit = never
PROBLEMS__too_long = la regla es demasiado larga (como mucho { $most } caracteres).
PROBLEMS__too_deep = demasiados paréntesis o nots unos dentro de otros (como mucho { $most }).
PROBLEMS__bad_name = “{ $name }” no puede ser el nombre de un segmento: usa a-z, 0-9 y _, como mucho { $most } caracteres.
PROBLEMS__unknown_name = “{ $name }” no es un paso de este flujo ni una palabra que las reglas conozcan. Pasos: { $steps }. Palabras: { $words }.
PROBLEMS__unknown_option = el paso { $step } no tiene la opción “{ $option }”. Sus opciones: { $options }.
PROBLEMS__unknown_topic = ningún paso de intereses ofrece “{ $topic }”. Temas: { $topics }.
PROBLEMS__no_interests = este flujo no tiene ningún paso de intereses.
PROBLEMS__scale = el paso { $step } es una escala de { $low } a { $high }, así que “{ $found }” no encaja.
PROBLEMS__typed = el paso { $step } recibe respuestas escritas: léelas por su tono, por ejemplo sentiment({ $step }) < 0.
PROBLEMS__not_typed = el paso { $step } es de tipo { $kind }; sentiment() lee pasos con respuestas escritas.
PROBLEMS__asks_nothing = el paso { $step } es de tipo { $kind } y no tiene respuesta que comprobar.
PROBLEMS__operator = “{ $op }” no sirve para { $name }: usa =, !=, in o has.
PROBLEMS__mood = un tono se compara con un número de -1 a 1, o es = negative, neutral o positive (se encontró “{ $found }”).
PROBLEMS__bad_value = { $name } no puede ser “{ $found }” (por ejemplo: { $allowed }).
PROBLEMS__no_flow = no se puede leer el flujo de la sesión, así que tampoco sus segmentos.
