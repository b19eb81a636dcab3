WARNING = aviso: { $problem }
IN_LANGUAGE = [{ $language }] { $problem }
NOT_REGULAR = no es un archivo normal: no es un archivo de flujo
TOO_LARGE = archivo de más de { $kb } kB: no es un archivo de flujo
CANNOT_READ = no se puede leer el archivo: { $error }
ID_TAKEN = el id de flujo '{ $flow }' ya lo usa otro archivo
YAML_ERROR = error de YAML: { $error }
YAML_SYNTAX = error de sintaxis YAML: { $error }
ALIASES = los alias (*nombre) no se permiten en los archivos de flujo
ANCHORS = las anclas (&nombre) no se permiten en los archivos de flujo
TAGS = las etiquetas ({ $tag }) no se permiten en los archivos de flujo
TOO_DEEP = anidado a más de { $most } niveles
MERGE_KEYS = las claves de fusión (<<) no se permiten en los archivos de flujo
KEY_NOT_WORD = las claves deben ser palabras, no { $key }
DUPLICATE_KEY = clave repetida '{ $key }'
NOT_A_MAPPING = un archivo de flujo debe ser un mapa con id, title, engagement, steps, ...
STEPS_EMPTY = steps debe ser una lista de pasos no vacía
STEP_NOT_MAPPING = un paso debe ser un mapa con id, kind y prompt
MISSING_KEY = falta la clave obligatoria '{ $key }'
UNKNOWN_KEY = clave desconocida '{ $key }'
UNKNOWN_KIND = tipo de paso desconocido '{ $kind }' (usa uno de estos: { $kinds })
YES_NO_TEXT = { $field }: YAML lee yes, no, on y off como verdadero o falso; pon el texto entre comillas
EMPTY = { $field }: no puede estar vacío
AT_MOST = { $field }: debe ser como máximo { $bound }
AT_LEAST = { $field }: debe ser como mínimo { $bound }
NOT_TEXT = { $field }: debe ser un texto
NOT_WHOLE = { $field }: debe ser un número entero
NOT_NUMBER = { $field }: debe ser un número
NOT_TRUE_FALSE = { $field }: debe ser true o false
NOT_LIST = { $field }: debe ser una lista
NOT_MAPPING = { $field }: debe ser un mapa (líneas clave: valor)
NOT_ONE_OF = { $field }: debe ser uno de estos: { $expected }
TOO_MANY_ITEMS = { $field }: como máximo { $n }
TOO_FEW_ITEMS = { $field }: como mínimo { $n }
TEXT_TOO_LONG = { $field }: como máximo { $n ->
        [one] { $n } carácter
        [many] { $n } de caracteres
       *[other] { $n } caracteres
    }
TEXT_TOO_SHORT = { $field }: como mínimo { $n ->
        [one] { $n } carácter
        [many] { $n } de caracteres
       *[other] { $n } caracteres
    }
NOT_LANGUAGE_CODE = { $field }: { $value } no es un código de idioma como en, es o pt-BR
OTHER = { $field }: { $problem }
ID_CHARACTERS =
    { $what ->
        [step] el id de paso
        [option] el id de opción
        [segment] el nombre de segmento
       *[flow] el id de flujo
    } '{ $value }' solo puede usar a-z, 0-9 y _
ID_TOO_LONG =
    { $what ->
        [step] el id de paso
        [option] el id de opción
        [segment] el nombre de segmento
       *[flow] el id de flujo
    } '{ $value }' es demasiado largo para los datos de un botón ({ $n } > { $most } caracteres)
END_RESERVED = 'end' está reservado y no puede ser un id de paso
OUTCOME_WAIT = outcome_question_after debe ser como máximo 365d
THRESHOLDS = negative_threshold debe ser menor que positive_threshold
DEFAULT_RULE_ALONE = una regla default solo lleva 'default: <id de paso>'
RULE_SHAPE = una regla de rama necesita exactamente una condición y un goto (condiciones: { $found })
RULE_SHAPE_NONE = una regla de rama necesita exactamente una condición y un goto (condiciones: ninguna)
NEXT_SHAPE = next debe ser un id de paso, 'end' o una lista de reglas de rama
PROPOSAL_LENGTHS = min_length no puede ser mayor que max_length
TOO_FEW_OPTIONS = una pregunta de opciones necesita al menos 2 opciones (usa un paso message para decir algo sin preguntar)
DUPLICATE_OPTIONS =
    { $what ->
        [id] ids de opción repetidos
       *[label] etiquetas de opción repetidas
    }: { $values }
SELECTIONS = hace falta min_selections <= max_selections <= { $n } (las opciones que hay)
SCALE_ORDER = el min de la escala ({ $min }) debe ser menor que el max ({ $max })
SCALE_POINTS = una escala puede tener como máximo 11 puntos
LANGUAGE_NOT_DECLARED = el idioma { $language } no está en languages
BAD_DURATION = duración incorrecta '{ $text }': usa un número y una unidad s, m, h o d, como 24h
ZERO_DURATION = duración incorrecta '{ $text }': debe ser mayor que cero
BAD_QUIET_HOURS = horas de silencio incorrectas '{ $text }': escríbelas como 21:00-08:00
QUIET_HOURS_SAME = horas de silencio incorrectas '{ $text }': el inicio y el fin son iguales
BRACES = { $field }: una llave que no abre ni cierra nada (escribe { "{{" } y { "}}" } para poner una llave)
UNKNOWN_PLACEHOLDER = { $field }: marcador desconocido { "{" }{ $name }{ "}" }; usa { $offered }
LANGUAGE_ALONE = escribe solo languages: [...] (el primero es el predeterminado)
LANGUAGES_LIST = languages debe ser una lista como [en, es]
LANGUAGE_CODE = languages: { $code } no es un código de idioma como en, es o pt-BR
LANGUAGE_TWICE = languages: { $code } aparece dos veces
LANGUAGES_AT_MOST = languages: como máximo { $most }
TEXT_PLAIN = { $field }: falta el texto en { $others } (escribe uno por idioma: { $first }: ..., { $second }: ...)
TEXT_UNDECLARED = { $field }: { $code } no es uno de los idiomas del flujo ({ $languages }); añádelo a languages o quita este texto
TEXT_MISSING = { $field }: falta el texto en { $missing }
PLACEHOLDERS_DIFFER = { $field }: el texto en { $language } usa { $found } donde el texto en { $default } usa { $expected }; usa los mismos marcadores en todos los idiomas
NO_PLACEHOLDER = ningún marcador
UNLABELLED = el paso '{ $step }' no tiene label: el resumen final lo nombrará por su pregunta (“{ $prompt }”); añade una etiqueta corta
NO_SENTIMENT = aquí ningún analizador de tono lee '{ $language }': las respuestas en ese idioma quedan como "unknown", así que ninguna rama 'sentiment:' las detecta y no reciben preguntas de seguimiento ni invitaciones a traer vecinos (idiomas con analizador: { $readable })
PROPOSAL_LIMITS = el paso de propuesta '{ $step }' debe tener los mismos min_length y max_length que '{ $first }' ({ $low } y { $high }): una sesión tiene un solo límite para las propuestas
DUPLICATE_STEP = id de paso repetido '{ $step }' (usado antes en la línea { $line })
DEFAULT_LAST = la regla default debe ser la última (las reglas que la siguen nunca se aplican)
NO_ANSWER_TO_BRANCH = un paso { $kind } no tiene respuesta según la que ramificar; usa un next simple o default
NEVER_SKIPPED = 'skipped' nunca ocurre: el paso '{ $step }' no es opcional
SENTIMENT_MISFIT = 'sentiment' no encaja en un paso { $kind }
SCALE_ONLY = '{ $condition }' solo encaja en pasos scale, no en { $kind }
UNKNOWN_OPTIONS = '{ $condition }' nombra opciones desconocidas del paso '{ $step }': { $values }
WHOLE_NUMBERS = '{ $condition }' necesita números enteros del { $low } al { $high }, no { $values }
CONDITION_MISFIT = '{ $condition }' no encaja en un paso { $kind }; ramifica según sentiment o skipped
UNKNOWN_TARGET = { $word } va a un paso desconocido '{ $target }'
UNREACHABLE = al paso '{ $step }' nunca se llega desde el primer paso
TRAP = ninguna respuesta al paso '{ $step }' lleva nunca al final: { $loop }
MESSAGE_LOOP = pasos message en un bucle sin fin, sin ninguna pregunta: { $loop }
SEGMENT_NAME = segments: { $problem }
SEGMENT_RULE = segmento '{ $name }': { $problem }
VARIANT_UNKNOWN = variante para el segmento '{ $name }': el bloque segments: del flujo no lo define; los miembros leen el texto sin variante salvo que el equipo lo añada (/segment <código> add { $name } ...)
