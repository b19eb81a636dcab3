"""What `flows check` says of a flow file, in the language of whoever reads it: an
organiser who sent the file in chat, an administrator told at start, or the command line
(English). A problem is found long before it is shown, and shown to people of several
languages, so it is kept as a `Said` (`said(NAME, **values)`), said when it is shown; its
words are in locales/*/flowcheck.ftl. What PyYAML or pydantic say in their own words is a
value inside our words (a YAML syntax error's reason)."""

from __future__ import annotations

from texts.i18n import Said, Text, text


def __getattr__(name: str) -> object:
    """Each text in the language being spoken (`texts.i18n`); words in locales/*/flowcheck.ftl."""
    return text("flowcheck", name)


def said(message: str, /, **values: object) -> Said:
    """The problem `message` (its name) with its values, to say when it is shown."""
    return Said("flowcheck", message, tuple(values.items()))


class SaidError(ValueError):
    """A check's refusal inside a model's validation (pydantic keeps the exception, so its
    words reach the problem's line as they are); `str()` says it now."""

    def __init__(self, said: Said) -> None:
        super().__init__(said)
        self.said = said

    def __str__(self) -> str:
        return str(self.said)


WARNING: Text  # a problem that is only a warning
IN_LANGUAGE: Text  # a problem of one language's texts
# reading the file
NOT_REGULAR: Text
TOO_LARGE: Text
CANNOT_READ: Text
ID_TAKEN: Text
YAML_ERROR: Text
YAML_SYNTAX: Text
ALIASES: Text
ANCHORS: Text
TAGS: Text
TOO_DEEP: Text
MERGE_KEYS: Text
KEY_NOT_WORD: Text
DUPLICATE_KEY: Text
# its shape
NOT_A_MAPPING: Text
STEPS_EMPTY: Text
STEP_NOT_MAPPING: Text
MISSING_KEY: Text
UNKNOWN_KEY: Text
UNKNOWN_KIND: Text
YES_NO_TEXT: Text
EMPTY: Text
AT_MOST: Text
AT_LEAST: Text
NOT_TEXT: Text
NOT_WHOLE: Text
NOT_NUMBER: Text
NOT_TRUE_FALSE: Text
NOT_LIST: Text
NOT_MAPPING: Text
NOT_ONE_OF: Text
TOO_MANY_ITEMS: Text
TOO_FEW_ITEMS: Text
TEXT_TOO_LONG: Text
TEXT_TOO_SHORT: Text
NOT_LANGUAGE_CODE: Text
OTHER: Text  # pydantic's own words
# ids, rules, steps
ID_CHARACTERS: Text
ID_TOO_LONG: Text
END_RESERVED: Text
OUTCOME_WAIT: Text
THRESHOLDS: Text
DEFAULT_RULE_ALONE: Text
RULE_SHAPE: Text
RULE_SHAPE_NONE: Text
NEXT_SHAPE: Text
PROPOSAL_LENGTHS: Text
TOO_FEW_OPTIONS: Text
DUPLICATE_OPTIONS: Text
SELECTIONS: Text
SCALE_ORDER: Text
SCALE_POINTS: Text
LANGUAGE_NOT_DECLARED: Text
BAD_DURATION: Text
ZERO_DURATION: Text
BAD_QUIET_HOURS: Text
QUIET_HOURS_SAME: Text
BRACES: Text
UNKNOWN_PLACEHOLDER: Text
# languages
LANGUAGE_ALONE: Text
LANGUAGES_LIST: Text
LANGUAGE_CODE: Text
LANGUAGE_TWICE: Text
LANGUAGES_AT_MOST: Text
TEXT_PLAIN: Text
TEXT_UNDECLARED: Text
TEXT_MISSING: Text
PLACEHOLDERS_DIFFER: Text
NO_PLACEHOLDER: Text
# across steps
UNLABELLED: Text
NO_SENTIMENT: Text
PROPOSAL_LIMITS: Text
DUPLICATE_STEP: Text
DEFAULT_LAST: Text
NO_ANSWER_TO_BRANCH: Text
NEVER_SKIPPED: Text
SENTIMENT_MISFIT: Text
SCALE_ONLY: Text
UNKNOWN_OPTIONS: Text
WHOLE_NUMBERS: Text
CONDITION_MISFIT: Text
UNKNOWN_TARGET: Text
UNREACHABLE: Text
TRAP: Text
MESSAGE_LOOP: Text
# segments and variants
SEGMENT_NAME: Text
SEGMENT_RULE: Text
VARIANT_UNKNOWN: Text
