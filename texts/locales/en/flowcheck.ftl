# What `flows check` says of a flow file (dialogs/check_texts.py). Keys of the file
# (title, steps, min_length...), step kinds and ids stay as they are written in it.
WARNING = warning: { $problem }
IN_LANGUAGE = [{ $language }] { $problem }
NOT_REGULAR = not a regular file: not a flow file
TOO_LARGE = file larger than { $kb } kB: not a flow file
CANNOT_READ = cannot read file: { $error }
ID_TAKEN = flow id '{ $flow }' is used by another file
YAML_ERROR = YAML error: { $error }
YAML_SYNTAX = YAML syntax error: { $error }
ALIASES = aliases (*name) are not allowed in flow files
ANCHORS = anchors (&name) are not allowed in flow files
TAGS = tags ({ $tag }) are not allowed in flow files
TOO_DEEP = nested more than { $most } levels deep
MERGE_KEYS = merge keys (<<) are not allowed in flow files
KEY_NOT_WORD = keys must be words, not { $key }
DUPLICATE_KEY = duplicate key '{ $key }'
NOT_A_MAPPING = a flow file must be a mapping with id, title, engagement, steps, ...
STEPS_EMPTY = steps must be a non-empty list of steps
STEP_NOT_MAPPING = a step must be a mapping with id, kind and prompt
MISSING_KEY = missing required key '{ $key }'
UNKNOWN_KEY = unknown key '{ $key }'
UNKNOWN_KIND = unknown step kind '{ $kind }' (use one of { $kinds })
YES_NO_TEXT = { $field }: YAML reads yes, no, on and off as true or false; put text in quotes
EMPTY = { $field }: must not be empty
AT_MOST = { $field }: must be at most { $bound }
AT_LEAST = { $field }: must be at least { $bound }
NOT_TEXT = { $field }: must be a text
NOT_WHOLE = { $field }: must be a whole number
NOT_NUMBER = { $field }: must be a number
NOT_TRUE_FALSE = { $field }: must be true or false
NOT_LIST = { $field }: must be a list
NOT_MAPPING = { $field }: must be a mapping (key: value lines)
NOT_ONE_OF = { $field }: must be one of { $expected }
TOO_MANY_ITEMS = { $field }: at most { $n }
TOO_FEW_ITEMS = { $field }: at least { $n }
TEXT_TOO_LONG = { $field }: at most { $n ->
        [one] { $n } character
       *[other] { $n } characters
    }
TEXT_TOO_SHORT = { $field }: at least { $n ->
        [one] { $n } character
       *[other] { $n } characters
    }
NOT_LANGUAGE_CODE = { $field }: { $value } is not a language code such as en, es or pt-BR
OTHER = { $field }: { $problem }
ID_CHARACTERS =
    { $what ->
        [step] step id
        [option] option id
        [segment] segment name
       *[flow] flow id
    } '{ $value }' may only use a-z, 0-9 and _
ID_TOO_LONG =
    { $what ->
        [step] step id
        [option] option id
        [segment] segment name
       *[flow] flow id
    } '{ $value }' is too long for button data ({ $n } > { $most } chars)
END_RESERVED = 'end' is reserved and cannot be a step id
OUTCOME_WAIT = outcome_question_after must be at most 365d
THRESHOLDS = negative_threshold must be below positive_threshold
DEFAULT_RULE_ALONE = a default rule has only 'default: <step id>'
RULE_SHAPE = a branch rule needs exactly one condition and a goto (conditions: { $found })
RULE_SHAPE_NONE = a branch rule needs exactly one condition and a goto (conditions: none)
NEXT_SHAPE = next must be a step id, 'end', or a list of branch rules
PROPOSAL_LENGTHS = min_length must not be above max_length
TOO_FEW_OPTIONS = a choice needs at least 2 options (use a message step to just say something)
DUPLICATE_OPTIONS =
    { $what ->
        [id] duplicate option ids
       *[label] duplicate option labels
    }: { $values }
SELECTIONS = need min_selections <= max_selections <= { $n } options
SCALE_ORDER = scale min ({ $min }) must be below max ({ $max })
SCALE_POINTS = a scale may have at most 11 points
LANGUAGE_NOT_DECLARED = language { $language } is not among languages
BAD_DURATION = bad duration '{ $text }': use a number and a unit s, m, h or d, like 24h
ZERO_DURATION = bad duration '{ $text }': must be more than zero
BAD_QUIET_HOURS = bad quiet hours '{ $text }': write them like 21:00-08:00
QUIET_HOURS_SAME = bad quiet hours '{ $text }': start and end are the same
BRACES = { $field }: a brace that opens or closes nothing (write { "{{" } and { "}}" } for a brace)
UNKNOWN_PLACEHOLDER = { $field }: unknown placeholder { "{" }{ $name }{ "}" }; use { $offered }
LANGUAGE_ALONE = write languages: [...] alone (its first is the default)
LANGUAGES_LIST = languages must be a list such as [en, es]
LANGUAGE_CODE = languages: { $code } is not a language code such as en, es or pt-BR
LANGUAGE_TWICE = languages: { $code } is listed twice
LANGUAGES_AT_MOST = languages: at most { $most }
TEXT_PLAIN = { $field }: no text in { $others } (write one per language: { $first }: ..., { $second }: ...)
TEXT_UNDECLARED = { $field }: { $code } is not one of the flow's languages ({ $languages }); add it to languages, or remove this text
TEXT_MISSING = { $field }: no text in { $missing }
PLACEHOLDERS_DIFFER = { $field }: the { $language } text uses { $found } where the { $default } text uses { $expected }; use the same placeholders in every language
NO_PLACEHOLDER = no placeholder
UNLABELLED = step '{ $step }' has no label: the summary at the end will name it by its prompt (“{ $prompt }”); add a short label
NO_SENTIMENT = no sentiment analyser reads '{ $language }' here: answers in it are "unknown", so no 'sentiment:' branch matches them and they get no follow-up or champion invitation (languages with one: { $readable })
PROPOSAL_LIMITS = proposal step '{ $step }' must take the same min_length and max_length as '{ $first }' ({ $low } and { $high }): a session has one proposal limit
DUPLICATE_STEP = duplicate step id '{ $step }' (first used on line { $line })
DEFAULT_LAST = the default rule must be the last one (rules after it never apply)
NO_ANSWER_TO_BRANCH = a { $kind } step has no answer to branch on; use a plain next or default
NEVER_SKIPPED = 'skipped' never happens: step '{ $step }' is not optional
SENTIMENT_MISFIT = 'sentiment' does not fit a { $kind } step
SCALE_ONLY = '{ $condition }' only fits scale steps, not { $kind }
UNKNOWN_OPTIONS = '{ $condition }' names unknown option(s) of step '{ $step }': { $values }
WHOLE_NUMBERS = '{ $condition }' needs whole numbers { $low }-{ $high }, not { $values }
CONDITION_MISFIT = '{ $condition }' does not fit a { $kind } step; branch on sentiment or skipped
UNKNOWN_TARGET = { $word } goes to unknown step '{ $target }'
UNREACHABLE = step '{ $step }' can never be reached from the first step
TRAP = no answer to step '{ $step }' can ever lead to the end: { $loop }
MESSAGE_LOOP = message steps loop forever without a question: { $loop }
SEGMENT_NAME = segments: { $problem }
SEGMENT_RULE = segment '{ $name }': { $problem }
VARIANT_UNKNOWN = variant for segment '{ $name }': the flow's segments: block does not define it; members read the plain text unless the team adds it (/segment <code> add { $name } ...)
