WARNING = avertissement : { $problem }
IN_LANGUAGE = [{ $language }] { $problem }
NOT_REGULAR = pas un fichier ordinaire : ce n’est pas un fichier de parcours
TOO_LARGE = fichier de plus de { $kb } ko : ce n’est pas un fichier de parcours
CANNOT_READ = impossible de lire le fichier : { $error }
ID_TAKEN = l’id de parcours '{ $flow }' est déjà utilisé par un autre fichier
YAML_ERROR = erreur YAML : { $error }
YAML_SYNTAX = erreur de syntaxe YAML : { $error }
ALIASES = les alias (*nom) ne sont pas permis dans les fichiers de parcours
ANCHORS = les ancres (&nom) ne sont pas permises dans les fichiers de parcours
TAGS = les étiquettes ({ $tag }) ne sont pas permises dans les fichiers de parcours
TOO_DEEP = imbriqué sur plus de { $most } niveaux
MERGE_KEYS = les clés de fusion (<<) ne sont pas permises dans les fichiers de parcours
KEY_NOT_WORD = les clés doivent être des mots, pas { $key }
DUPLICATE_KEY = clé en double '{ $key }'
NOT_A_MAPPING = un fichier de parcours doit être un dictionnaire avec id, title, engagement, steps, ...
STEPS_EMPTY = steps doit être une liste d’étapes non vide
STEP_NOT_MAPPING = une étape doit être un dictionnaire avec id, kind et prompt
MISSING_KEY = clé obligatoire manquante : '{ $key }'
UNKNOWN_KEY = clé inconnue '{ $key }'
UNKNOWN_KIND = type d’étape inconnu '{ $kind }' (utilisez l’un de ceux-ci : { $kinds })
YES_NO_TEXT = { $field } : YAML lit yes, no, on et off comme vrai ou faux ; mettez le texte entre guillemets
EMPTY = { $field } : ne doit pas être vide
AT_MOST = { $field } : doit valoir au plus { $bound }
AT_LEAST = { $field } : doit valoir au moins { $bound }
NOT_TEXT = { $field } : doit être un texte
NOT_WHOLE = { $field } : doit être un nombre entier
NOT_NUMBER = { $field } : doit être un nombre
NOT_TRUE_FALSE = { $field } : doit être true ou false
NOT_LIST = { $field } : doit être une liste
NOT_MAPPING = { $field } : doit être un dictionnaire (lignes clé: valeur)
NOT_ONE_OF = { $field } : doit être l’un de ceux-ci : { $expected }
TOO_MANY_ITEMS = { $field } : au plus { $n }
TOO_FEW_ITEMS = { $field } : au moins { $n }
TEXT_TOO_LONG = { $field } : au plus { $n ->
        [one] { $n } caractère
        [many] { $n } de caractères
       *[other] { $n } caractères
    }
TEXT_TOO_SHORT = { $field } : au moins { $n ->
        [one] { $n } caractère
        [many] { $n } de caractères
       *[other] { $n } caractères
    }
NOT_LANGUAGE_CODE = { $field } : { $value } n’est pas un code de langue comme en, es ou pt-BR
OTHER = { $field } : { $problem }
ID_CHARACTERS =
    { $what ->
        [step] l’id d’étape
        [option] l’id d’option
        [segment] le nom de segment
       *[flow] l’id de parcours
    } '{ $value }' ne peut utiliser que a-z, 0-9 et _
ID_TOO_LONG =
    { $what ->
        [step] l’id d’étape
        [option] l’id d’option
        [segment] le nom de segment
       *[flow] l’id de parcours
    } '{ $value }' est trop long pour les données d’un bouton ({ $n } > { $most } caractères)
END_RESERVED = 'end' est réservé et ne peut pas servir d’id d’étape
OUTCOME_WAIT = outcome_question_after doit valoir au plus 365d
THRESHOLDS = negative_threshold doit être inférieur à positive_threshold
DEFAULT_RULE_ALONE = une règle default ne contient que 'default: <id d’étape>'
RULE_SHAPE = une règle de branchement demande exactement une condition et un goto (conditions : { $found })
RULE_SHAPE_NONE = une règle de branchement demande exactement une condition et un goto (conditions : aucune)
NEXT_SHAPE = next doit être un id d’étape, 'end' ou une liste de règles de branchement
PROPOSAL_LENGTHS = min_length ne doit pas dépasser max_length
TOO_FEW_OPTIONS = un choix demande au moins 2 options (utilisez une étape message pour dire quelque chose sans poser de question)
DUPLICATE_OPTIONS =
    { $what ->
        [id] ids d’option en double
       *[label] libellés d’option en double
    } : { $values }
SELECTIONS = il faut min_selections <= max_selections <= { $n } (le nombre d’options)
SCALE_ORDER = le min de l’échelle ({ $min }) doit être inférieur au max ({ $max })
SCALE_POINTS = une échelle a au plus 11 points
LANGUAGE_NOT_DECLARED = la langue { $language } n’est pas dans languages
BAD_DURATION = durée invalide '{ $text }' : utilisez un nombre et une unité s, m, h ou d, comme 24h
ZERO_DURATION = durée invalide '{ $text }' : elle doit être supérieure à zéro
BAD_QUIET_HOURS = heures de silence invalides '{ $text }' : écrivez-les comme 21:00-08:00
QUIET_HOURS_SAME = heures de silence invalides '{ $text }' : le début et la fin sont identiques
BRACES = { $field } : une accolade qui n’ouvre ni ne ferme rien (écrivez { "{{" } et { "}}" } pour une accolade)
UNKNOWN_PLACEHOLDER = { $field } : variable inconnue { "{" }{ $name }{ "}" } ; utilisez { $offered }
LANGUAGE_ALONE = écrivez seulement languages: [...] (la première est celle par défaut)
LANGUAGES_LIST = languages doit être une liste comme [en, es]
LANGUAGE_CODE = languages : { $code } n’est pas un code de langue comme en, es ou pt-BR
LANGUAGE_TWICE = languages : { $code } apparaît deux fois
LANGUAGES_AT_MOST = languages : au plus { $most }
TEXT_PLAIN = { $field } : pas de texte en { $others } (écrivez-en un par langue : { $first }: ..., { $second }: ...)
TEXT_UNDECLARED = { $field } : { $code } n’est pas une des langues du parcours ({ $languages }) ; ajoutez-la à languages ou retirez ce texte
TEXT_MISSING = { $field } : pas de texte en { $missing }
PLACEHOLDERS_DIFFER = { $field } : le texte { $language } utilise { $found } là où le texte { $default } utilise { $expected } ; utilisez les mêmes variables dans toutes les langues
NO_PLACEHOLDER = aucune variable
UNLABELLED = l’étape '{ $step }' n’a pas de label : le résumé final la nommera par sa question (« { $prompt } ») ; ajoutez un libellé court
NO_SENTIMENT = ici, aucun analyseur de ton ne lit '{ $language }' : les réponses dans cette langue restent "unknown", donc aucune branche 'sentiment:' ne les reconnaît et elles ne déclenchent ni relance ni invitation à faire venir des voisins (langues avec un analyseur : { $readable })
PROPOSAL_LIMITS = l’étape de proposition '{ $step }' doit avoir les mêmes min_length et max_length que '{ $first }' ({ $low } et { $high }) : une session a une seule limite pour les propositions
DUPLICATE_STEP = id d’étape en double '{ $step }' (déjà utilisé ligne { $line })
DEFAULT_LAST = la règle default doit être la dernière (les règles qui la suivent ne s’appliquent jamais)
NO_ANSWER_TO_BRANCH = une étape { $kind } n’a pas de réponse sur laquelle se brancher ; utilisez un next simple ou default
NEVER_SKIPPED = 'skipped' n’arrive jamais : l’étape '{ $step }' n’est pas facultative
SENTIMENT_MISFIT = 'sentiment' ne convient pas à une étape { $kind }
SCALE_ONLY = '{ $condition }' ne convient qu’aux étapes scale, pas à { $kind }
UNKNOWN_OPTIONS = '{ $condition }' nomme des options inconnues de l’étape '{ $step }' : { $values }
WHOLE_NUMBERS = '{ $condition }' demande des nombres entiers de { $low } à { $high }, pas { $values }
CONDITION_MISFIT = '{ $condition }' ne convient pas à une étape { $kind } ; branchez sur sentiment ou skipped
UNKNOWN_TARGET = { $word } mène à une étape inconnue '{ $target }'
UNREACHABLE = l’étape '{ $step }' n’est jamais atteinte depuis la première étape
TRAP = aucune réponse à l’étape '{ $step }' ne mène jamais à la fin : { $loop }
MESSAGE_LOOP = des étapes message tournent en boucle sans aucune question : { $loop }
SEGMENT_NAME = segments : { $problem }
SEGMENT_RULE = segment '{ $name }' : { $problem }
VARIANT_UNKNOWN = variante pour le segment '{ $name }' : le bloc segments: du parcours ne le définit pas ; les membres lisent le texte simple sauf si l’équipe l’ajoute (/segment <code> add { $name } ...)
