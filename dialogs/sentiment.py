"""Sentiment of a member's text, and its class under a flow's thresholds.

Two readings of the same words, blended (measured in bench/sentiment.py, bench/README.md):

- **rules**: VADER's lexicon of human-rated words, emoticons and slang (vaderSentiment) and
  its rules, re-implemented in one pass: negation ("don't feel safe") over the three words
  before a rated word, intensifiers and dampeners ("very", "so", "kinda"), a rated word in
  capitals among others or a whole message shouted in capitals, "but" (what follows counts
  more), exclamation marks, and the sum squashed to -1..1. Added for chat: emoji, "no" /
  "nothing" / "never" with nothing rated after it ("nothing works", "no lights") reads as
  a lack, "too" before a word that is not praise ("too dark"), "not working", "pretty" and
  "super" before a rated word as intensifiers, stretched words ("sooo goood"), "un-"/"dis-"
  words missing from the lexicon ("unsafe"), gratitude, and a few words people use about
  shared places that neither lexicon rates ("litter", "muddy").
- **textblob**: TextBlob's pattern assessments of the same words (its lexicon, its
  modifiers, "!"), with the rules' negation scope (TextBlob negates only the next word, so
  "I don't feel safe" reads +0.5 there) and the same emoji, lacks and gratitude, summed and
  divided by sqrt(n + 1) instead of TextBlob's mean over n: one mild adjective ("bright
  lights") counts less, several that agree count more. Subjectivity is TextBlob's mean.

A text that opens with a suggesting verb ("Put", "Add", "Fix"...) counts half in both: its
rated words describe what is wished for. `polarity = SCALE * (BLEND * rules + (1 - BLEND)
* textblob)`, clipped to -1..1. BLEND is the one weight fitted on the human-rated data
(leave-one-set-out in bench/sentiment.py); SCALE stays 1 (fitting it did worse on held-out
sets). A text in a language the analyser does not read (mostly another script, or at least
as many words marking another language as marking English) is `known=False`, class
"unknown", and no sentiment rule applies to it.

Pure: no network, no database, no clock. TextBlob and vaderSentiment are imported on the
first call, so `import dialogs` stays fast.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, NamedTuple, Protocol

SentimentClass = Literal["negative", "neutral", "positive", "unknown"]

BLEND = 0.55  # weight of the rules reading; TextBlob's gets 1 - BLEND
SCALE = 1.0  # applied to the blend; not fitted (bench/README.md)


@dataclass(frozen=True)
class Sentiment:
    polarity: float  # -1 (negative) .. 1 (positive), rounded to 3 decimals; 0.0 when unknown
    subjectivity: float  # 0 (factual) .. 1 (opinion), rounded to 3 decimals
    known: bool = True  # False: a language the analyser does not read


class Thresholds(Protocol):
    negative_threshold: float
    positive_threshold: float


class Components(NamedTuple):
    """The two readings of a text before they are blended (for bench/sentiment.py)."""

    rules: float  # -1..1
    textblob: float  # -1..1
    subjectivity: float  # 0..1
    known: bool


def analyse(text: str) -> Sentiment:
    """Polarity and subjectivity of `text`, rounded to 3 decimals; known=False for a text
    in a language the analyser does not read."""
    parts = components(text)
    if not parts.known:
        return Sentiment(0.0, 0.0, known=False)
    if _declining(text):  # "No.", "nothing really": an answer, not a complaint
        return Sentiment(0.0, round(parts.subjectivity, 3))
    return Sentiment(round(blend(parts), 3), round(parts.subjectivity, 3))


def classify(sentiment: Sentiment, rules: Thresholds) -> SentimentClass:
    """ "unknown" when not known; else negative below rules.negative_threshold (strictly),
    positive above rules.positive_threshold (strictly), else neutral."""
    if not sentiment.known:
        return "unknown"
    if sentiment.polarity < rules.negative_threshold:
        return "negative"
    if sentiment.polarity > rules.positive_threshold:
        return "positive"
    return "neutral"


def blend(parts: Components, weight: float = BLEND, scale: float = SCALE) -> float:
    """The shipped polarity from the two readings (0.0 for an unknown text)."""
    if not parts.known:
        return 0.0
    value = scale * (weight * parts.rules + (1.0 - weight) * parts.textblob)
    return max(-1.0, min(1.0, value))


def components(text: str) -> Components:
    """Both readings of `text`, unrounded."""
    if not text or text.isspace():
        return Components(0.0, 0.0, 0.0, True)
    lex = _lexicons()
    if not text.isascii():
        if _mostly_other_script(text):
            return Components(0.0, 0.0, 0.0, False)
        text = _spread_emoji(text)
    words, ends, bangs = _words(text, lex)
    if not words:  # only joiners or variation selectors
        return Components(0.0, 0.0, 0.0, True)
    lower = [w.lower() for w in words]
    if _other_language(lower, lex):
        return Components(0.0, 0.0, 0.0, False)
    reading = _read(words, ends, text, lex)
    textblob, subjectivity = _textblob(lower, bangs, reading, lex)
    if lower[0] in SUGGESTING:  # "Put bright lights along the path": a wish, not a verdict
        return Components(reading.compound * 0.5, textblob * 0.5, subjectivity, True)
    return Components(reading.compound, textblob, subjectivity, True)


# --- the rules reading -------------------------------------------------------------------

# Valences on VADER's scale (-4..4), set by hand from what the emoji conventionally mean in
# chat; emoji not listed fall back to VADER's own reading of their names ("crying face").
EMOJI = {
    "👍": 2.0, "👌": 1.5, "👏": 2.0, "🙌": 2.0, "🙏": 1.5, "💪": 1.5, "🎉": 2.5, "🥳": 2.5,
    "✨": 1.0, "🌟": 2.0, "⭐": 1.5, "💯": 2.0, "🔥": 1.5, "✅": 1.0, "🤗": 2.0, "😇": 2.0,
    "❤": 3.0, "♥": 3.0, "💕": 3.0, "💖": 3.0, "💗": 3.0, "💓": 3.0, "💙": 2.5, "💚": 2.5,
    "💛": 2.5, "💜": 2.5, "🧡": 2.5, "🤍": 2.5, "😍": 3.0, "🥰": 3.0, "😘": 2.5, "😊": 2.5,
    "☺": 2.0, "🙂": 1.0, "😀": 2.0, "😃": 2.5, "😄": 2.5, "😁": 2.5, "😆": 2.0, "😂": 1.5,
    "🤣": 1.5, "😅": 0.5, "😎": 1.5, "😉": 1.0, "😋": 2.0,
    "👎": -2.0, "😡": -3.0, "😠": -2.5, "🤬": -3.0, "👿": -2.5, "😤": -1.5, "😒": -1.5,
    "🙄": -1.5, "😞": -2.0, "😔": -1.5, "😟": -1.5, "😕": -1.0, "🙁": -1.5, "☹": -2.0,
    "😣": -2.0, "😖": -2.0, "😫": -2.0, "😩": -2.0, "😢": -2.0, "😭": -2.5, "😥": -1.5,
    "😰": -2.0, "😨": -2.0, "😱": -2.0, "😬": -1.0, "🤢": -2.5, "🤮": -3.0, "💩": -2.0,
    "💔": -2.5, "❌": -1.0, "⚠": -1.0, "🚫": -1.5, "😑": -0.5, "😷": -1.0,
    "😐": 0.0, "🤔": 0.0, "😶": 0.0,
}  # fmt: skip

# Words about shared places that neither lexicon rates (VADER's scale, set by hand).
PLACE_WORDS = {
    "unsafe": -2.0, "litter": -1.5, "littered": -1.5, "trash": -1.0, "rubbish": -1.0,
    "garbage": -1.0, "muddy": -1.2, "smelly": -1.5, "vandalism": -2.0, "vandalised": -2.0,
    "vandalized": -2.0, "overgrown": -1.0, "potholes": -1.2, "unlit": -1.2, "filthy": -2.5,
    "neglected": -1.8, "run-down": -1.5, "rundown": -1.5, "crowded": -0.8,
    "overcrowded": -1.5, "noise": -0.8, "deserted": -1.0, "creepy": -2.0, "sketchy": -1.5,
}  # fmt: skip

GRATITUDE = {"thanks", "thank", "thx", "ty", "tysm", "cheers", "appreciated", "grateful"}
LACK = {"no", "nothing", "never", "none", "nobody", "nowhere", "without", "nor"}
NOT_A_LACK = {"else", "more", "further", "much", "new", "problem", "problems", "worries"}
NOTHING_TO = {"add", "say", "report", "declare", "mention", "change", "complain"}
WARMER = {"much", "lot", "million", "loads", "heaps"}
LACK_VALENCE = -1.2  # VADER's own rating of "no"
TOO_VALENCE = -1.5  # "too dark", "too few": said of a problem
BROKEN_VALENCE = -1.5  # "not working", "doesn't work"
WORKING = {"work", "works", "working", "worked", "function", "functions", "functioning"}
# Rated words that intensify the rated word right after them ("pretty bad", "super dirty").
INTENSIFYING = {"pretty": 0.293, "super": 0.293, "real": 0.293, "damn": 0.293, "bloody": 0.293}
# Verbs that open a suggestion ("Add more benches"): its rated words describe what is
# wished for, so both readings count half.
SUGGESTING = {
    "put", "add", "install", "build", "plant", "place", "create", "provide", "bring", "move",
    "remove", "replace", "repair", "fix", "paint", "widen", "extend", "improve", "introduce",
    "hire", "organise", "organize", "fence", "mow", "consider", "allow", "ban", "restore",
}  # fmt: skip
NEGATION_SCOPE = 3  # words before a rated word that a negation reaches (VADER's rule)


class _Lexicons(NamedTuple):
    valence: dict[str, float]  # VADER, lower-case keys, plus PLACE_WORDS
    boost: dict[str, float]  # VADER's intensifiers and dampeners
    negate: frozenset[str]
    n_scalar: float
    c_incr: float
    b_incr: float
    emoji_names: dict[str, str]
    textblob: Any  # textblob.en.sentiment (callable, and a dict of rated words)
    english: frozenset[str]  # words that mark English
    foreign: frozenset[str]  # words that mark another language


@cache
def _lexicons() -> _Lexicons:
    from textblob.en import sentiment as textblob  # lazy: keeps `import dialogs` fast
    from vaderSentiment import vaderSentiment as vader

    analyser = vader.SentimentIntensityAnalyzer()
    valence = {**analyser.lexicon, **PLACE_WORDS}
    textblob.load()
    english = {w for w in (*valence, *dict.keys(textblob), *ENGLISH) if w.isalpha()}
    foreign = FOREIGN - AMBIGUOUS - ENGLISH
    return _Lexicons(
        valence=valence,
        boost=dict(vader.BOOSTER_DICT),
        negate=frozenset({*vader.NEGATE, "no", "nobody"}),
        n_scalar=vader.N_SCALAR,
        c_incr=vader.C_INCR,
        b_incr=vader.B_INCR,
        emoji_names=analyser.emojis,
        textblob=textblob,
        english=frozenset(english - AMBIGUOUS - foreign),
        foreign=foreign,
    )


_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~…“”‘’«»"
_CLAUSE_END = (",", ";", ":", ".", "!", "?", "…")
_STRETCHED = r"([a-z])\1{2,}"  # patterns are compiled on first use (_rx): a fast import


def _words(text: str, lex: _Lexicons) -> tuple[list[str], list[bool], list[int]]:
    """Whitespace tokens, punctuation stripped unless the token is a rated emoticon; whether
    each ends a clause (a negation does not reach past it); its trailing exclamation marks."""
    words = []
    ends = []
    bangs = []
    for token in text.split():
        if token.lower() in lex.valence:
            words.append(token)
            ends.append(False)
            bangs.append(0)
        else:
            words.append(token.strip(_PUNCTUATION) or token)
            ends.append(token.endswith(_CLAUSE_END))
            bangs.append(len(token) - len(token.rstrip("!")) if token.endswith("!") else 0)
    return words, ends, bangs


class _Reading(NamedTuple):
    compound: float
    negated: list[bool]  # a negation reaches this word
    muted: list[bool]  # TextBlob should not rate it: "pretty" in "pretty bad", "many" after "too"
    extra: list[float]  # valences the rules add that TextBlob does not rate
    but: int | None  # index of the first "but"


def _valence(word: str, lex: _Lexicons) -> float | None:
    value = lex.valence.get(word)
    if value is not None or len(word) < 4:
        return value
    stretched = _rx(_STRETCHED)
    if stretched.search(word):  # "goooood" -> "good"
        for short in (stretched.sub(r"\1\1", word), stretched.sub(r"\1", word)):
            if short in lex.valence:
                return lex.valence[short]
    for prefix in ("un", "dis"):  # "unsafe", "dishonest" when the lexicon lacks them
        if word.startswith(prefix) and len(word) > len(prefix) + 3:
            base = lex.valence.get(word[len(prefix) :])
            if base is not None and abs(base) >= 1.0:
                return base * lex.n_scalar
    return None


def _not_a_lack(lower: list[str], i: int) -> bool:
    """ "nothing else", "nothing to add", "no problem": not a complaint about a lack."""
    following = lower[i + 1]
    if following in NOT_A_LACK:
        return True
    return following == "to" and i + 2 < len(lower) and lower[i + 2] in NOTHING_TO


def _booster(word: str, lex: _Lexicons) -> float | None:
    if word in lex.valence:
        return None
    value = lex.boost.get(word)
    if value is None and len(word) > 2 and _rx(_STRETCHED).search(word):  # "sooo"
        value = lex.boost.get(_rx(_STRETCHED).sub(r"\1", word))
    return value


def _read(words: list[str], ends: list[bool], text: str, lex: _Lexicons) -> _Reading:
    n = len(words)
    lower = [w.lower() for w in words]
    alpha = [w for w in words if len(w) > 1 and w.isalpha()]
    capitals = sum(1 for w in alpha if w.isupper())
    shouted = bool(alpha) and capitals == len(alpha) and (len(alpha) > 1 or len(alpha[0]) > 3)
    mixed_caps = 0 < capitals < len(alpha)
    boosts = [_booster(w, lex) for w in lower]
    valences = [None if boosts[i] else _valence(w, lex) for i, w in enumerate(lower)]
    negated = [False] * n
    reach = 0  # words a negation still reaches
    for i, word in enumerate(lower):
        negated[i] = reach > 0
        reach = NEGATION_SCOPE if (word in lex.negate or "n't" in word) else reach - 1
        if ends[i]:
            reach = 0
    scores = [0.0] * n
    muted = [False] * n
    extra: list[float] = []
    for i, word in enumerate(lower):
        value = valences[i]
        if word in INTENSIFYING and i + 1 < n and not ends[i] and valences[i + 1] is not None:
            muted[i] = True
            boosts[i] = INTENSIFYING[word]
            continue
        if value is None:
            if negated[i] and word in WORKING:  # "doesn't work", "not working"
                scores[i] = BROKEN_VALENCE
                extra.append(BROKEN_VALENCE)
            continue
        if word == "no" and i + 1 < n and valences[i + 1] is not None:
            continue  # "no" negates the next word instead ("no problem")
        if (mixed_caps and words[i].isupper()) or shouted:
            value += lex.c_incr if value > 0 else -lex.c_incr
        for k in range(1, NEGATION_SCOPE + 1):
            if i - k < 0 or ends[i - k]:
                break
            boost = boosts[i - k]
            if boost:
                boost = boost if value > 0 else -boost
                if mixed_caps and words[i - k].isupper():
                    boost += lex.c_incr if value > 0 else -lex.c_incr
                value += boost * (1.0, 0.95, 0.9)[k - 1]
        if word in GRATITUDE:  # "thanks so much", "thank you very much": said with more warmth
            value += sum(1 for j in range(i + 1, min(n, i + 4)) if lower[j] in WARMER) * lex.b_incr
            extra.append(value)  # instead of TextBlob's mild noun "thanks" (0.2)
            muted[i] = True
        elif negated[i]:
            value *= lex.n_scalar
        if (word in PLACE_WORDS or word not in lex.valence) and word not in lex.textblob:
            extra.append(value)  # read by the rules only: "unsafe", "litter", "goood"
        scores[i] = value
    for i, word in enumerate(lower):
        if i + 1 >= n or ends[i]:
            continue
        after = range(i + 1, min(n, i + 1 + NEGATION_SCOPE))
        if word in LACK and not negated[i] and not _not_a_lack(lower, i):
            rated = False
            for j in after:
                rated = rated or valences[j] is not None or muted[j]
                if ends[j]:
                    break
            if not rated:
                scores[i] = LACK_VALENCE  # "nothing works", "no lights at night"
                extra.append(LACK_VALENCE)
        elif word == "too" and (valences[i + 1] is None or valences[i + 1] < 0):
            scores[i] = TOO_VALENCE  # "too dark", "too many dogs"
            extra.append(TOO_VALENCE)
            muted[i + 1] = True  # TextBlob's "many" (+0.5) is not praise here
    for i, word in enumerate(words):
        if len(word) == 1 and not word.isascii() and (word in EMOJI or word in lex.emoji_names):
            value = EMOJI.get(word)
            if value is None:
                value = sum(lex.valence.get(w, 0.0) for w in lex.emoji_names[word].split())
            scores[i] = value
            extra.append(value)
    but = lower.index("but") if "but" in lower else None
    if but is not None:
        scores = [s * (0.5 if j < but else 1.5 if j > but else 1.0) for j, s in enumerate(scores)]
    total = sum(scores)
    if total:
        emphasis = min(text.count("!"), 4) * 0.292
        total += emphasis if total > 0 else -emphasis
    compound = total / math.sqrt(total * total + 15.0)
    return _Reading(compound, negated, muted, extra, but)


# --- the TextBlob reading ----------------------------------------------------------------


def _textblob(lower: list[str], bangs: list[int], reading: _Reading, lex: _Lexicons):
    """TextBlob's assessments with the rules' negation scope and additions, summed over
    sqrt(n + 1); TextBlob's subjectivity (the additions count as fully subjective).

    TextBlob assesses the words of the rules reading (its own tokenizer took half the time):
    the same words, lower-cased, each followed by its exclamation marks."""
    tb = lex.textblob
    tokens: list[tuple[str, None]] = []
    for word, bang in zip(lower, bangs, strict=True):
        tokens.append((word, None))
        tokens.extend([("!", None)] * bang)
    negations = tb.negations
    polarities: list[float] = []
    subjectivities: list[float] = []
    cursor = 0
    for chunk, polarity, subjectivity, _label in tb.assessments(tokens):
        head = next((w for w in reversed(chunk) if w != "!"), None)
        for j in range(cursor, len(lower)):
            if lower[j] == head:
                cursor = j + 1
                if reading.muted[j]:
                    polarity = None  # "pretty" in "pretty bad" is not praise
                elif reading.negated[j] and chunk[0] not in negations:
                    polarity *= lex.n_scalar
                elif chunk[0] in negations:
                    polarity = polarity / -0.5 * lex.n_scalar  # TextBlob's -0.5 -> VADER's
                if polarity is not None and reading.but is not None and j != reading.but:
                    polarity *= 0.5 if j < reading.but else 1.5
                break
        if polarity is not None:
            polarities.append(max(-1.0, min(1.0, polarity)))
            subjectivities.append(subjectivity)
    for value in reading.extra:
        polarities.append(max(-1.0, min(1.0, value / 4.0)))
        subjectivities.append(1.0)
    if not polarities:
        return 0.0, 0.0
    polarity = max(-1.0, min(1.0, sum(polarities) / math.sqrt(len(polarities) + 1)))
    return polarity, min(1.0, sum(subjectivities) / len(subjectivities))


# --- what language ----------------------------------------------------------------------

_LATIN = r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"
_OTHER_LETTER = r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]"
_EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\u2190-\u21ff\u3030\u303d]"
_INVISIBLE = "[\ufe0f\ufe0e\u200d\U0001f3fb-\U0001f3ff]"


@cache
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _mostly_other_script(text: str) -> bool:
    """More letters of another script (Cyrillic, Han, Arabic...) than Latin ones."""
    other = len(_rx(_OTHER_LETTER).findall(text))
    return other > 0 and other >= len(_rx(_LATIN).findall(text))


def _spread_emoji(text: str) -> str:
    """Emoji as words of their own, without variation selectors and skin tones."""
    return _rx(_EMOJI).sub(r" \g<0> ", _rx(_INVISIBLE).sub("", text))


def _other_language(lower: list[str], lex: _Lexicons) -> bool:
    """More words that mark another Latin-script language than words that mark English."""
    foreign = english = 0
    for word in lower:
        if word in lex.foreign:
            foreign += 1
        elif word in lex.english:
            english += 1
        elif not word.isascii() and word.isalpha() and word not in ENGLISH_ACCENTED:
            foreign += 1  # "está", "schön", "ça"
    return foreign > 0 and foreign >= english


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Common English words that the lexicons do not list (they hold rated words only).
ENGLISH = _set(
    """a about above after again against all am an and any are as at be because been before
    being below between both by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if into it its
    itself just me more most my myself of off once only or other our ours ourselves out over
    own same she should some such than that the their theirs them themselves then there these
    they this those through to under until up very was we were what when where which while
    who whom why will with would you your yours yourself yourselves park paths path lights
    light bench benches pond tree trees garden grass play playground kids children dog dogs
    night day morning evening tomatoes water toilets bins bin street road car cars bike bikes
    pls plz please thx ok okay yes yeah yep nope hi hello hey lol idea ideas less put add
    need needs want wants go goes went come came get got make made see saw think thought feel
    felt know knew say said like use used area place places people time times week year
    also maybe still really much many little lot lots"""
)
# Words that English shares with other languages: evidence for neither.
AMBIGUOUS = _set(
    """a no me so die also in on is was man will war hat son pan van den sale fin per con
    ja la le de te se si es en et un une du des il el los las al da do das o e ma mi tu
    su ne ni non be mal gift art rock kind bad hell arm"""
)
# Words that mark French, German, Spanish, Italian, Portuguese, Dutch, the Scandinavian
# languages, Polish, Turkish and Indonesian: function words and common chat words that are
# not English words.
FOREIGN = _set(
    """le les est sont avec dans pas tres très mais je tu nous vous ils elles ce cette
    ces c'est j'ai qui quoi merci beaucoup bonjour salut oui avoir être etre parc chemin
    enfants gens quand parce où ou faut peut
    chemins nul moi toi leur leurs aussi trop peu bien quel quelle
    der das und ist nicht ich du wir ihr sie ein eine einen mit für fur auf sehr viel
    gibt können kann muss wenn oder weil leute
    aber auch noch schon nur danke bitte schlecht nein hier dort wege weg sind
    haben kein keine zu zum zur vom ganz immer wirklich schön schoen
    el la los las que por para con una muy pero gracias hola está esta estoy
    bueno buena malo mala parque caminos noche siempre nunca también tambien todos todo
    mucha donde cuando porque tengo tiene aquí aqui gente niños ninos
    il gli della delle di che non sono molto grazie buono buona bello brutto
    sempre anche questo questa perché perche hai
    uma não nao muito obrigado obrigada ruim estão
    het een niet ik jij wij zijn maar ook erg goed slecht bedankt mooi vies
    inte det är mycket dålig dalig ikke jeg takk veldig godt
    nie bardzo dziękuję dziekuje dobrze
    bir çok cok değil degil teşekkürler tesekkurler güzel
    tidak ini itu saya sangat terima kasih bagus"""
)
ENGLISH_ACCENTED = _set("café cafés naïve fiancé fiancée résumé déjà touché cliché clichés")


REFUSING = _set("no nope nah not nothing none n/a na")
DECLINING = REFUSING | _set("really much else more at all to add i have don't dont think so")


def _declining(text: str) -> bool:
    """A bare "no" to an open question ("No", "Nothing really", "Not much", "I don't think
    so"): only declining words, one of them a refusal. (With thanks it is polite, and the
    rules read it so.)"""
    words = [w.strip(_PUNCTUATION) for w in text.casefold().split()]
    words = [w for w in words if w]
    return (
        0 < len(words) <= 5
        and all(w in DECLINING for w in words)
        and any(w in REFUSING for w in words)
    )
