"""The word lists the sentiment rules and the language check read (set by hand)."""

from __future__ import annotations


def word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


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
    "smells": -1.2, "poo": -1.5, "weeds": -1.0, "rats": -1.5, "graffiti": -1.2,
    "needles": -1.2, "droppings": -1.5, "overflow": -1.5, "overflows": -1.5,
    "overflowing": -1.5, "floods": -1.5, "flooded": -1.5, "flooding": -1.5, "holes": -1.0,
    "locked": -1.2, "closed": -1.2, "speeding": -1.5, "tripped": -1.2, "slippery": -1.2,
    "unbearable": -2.5,
}  # fmt: skip

# What a member writes when something is wrong without a word of sentiment (issue 18, the
# set in tests/dialogs/data/complaints.csv); VADER's scale, set by hand, read by the rules
# only (dialogs/sentiment/cues.py).
WISH_VALENCE = -1.5  # "could be better", "better lights": what is there falls short
NEED_VALENCE = -1.5  # "needs more benches": a lack, like "no"
CANT_VALENCE = -1.5  # "I can't push a pram along there", "the kids won't play there"
HARM_VALENCE = -1.5  # "nearly knock me over"
# "could/should/would be" + one of these, or a text opening with one: a wish for better.
COMPARATIVE = word_set(
    """better cleaner safer nicer brighter tidier greener quieter easier wider calmer
    lighter warmer friendlier"""
)
MODAL = word_set("could should would might must")
NEEDING = word_set("need needs")
NOT_NEEDING_AFTER = word_set("i if you anything whatever who")  # "if you need a ride"
SHOULD = word_set("should ought")
NOT_A_VERB = word_set("be have to i we you u")  # "should be a good game", "should I"
NOT_WISHING = word_set("i you we u maybe probably")  # "you should date", "we should go"
# Verbs of putting something right: what they act on is broken now.
REPAIRING = word_set("fix fixing mend mending repair repairing unblock unblocking")
CANT = word_set("can't cant cannot won't wont couldn't couldnt unable")
NOT_CANT = word_set("wait complain be believe remember decide")  # "can't wait"
NEAR = word_set("nearly almost")
# Upkeep not done: "never emptied", "hasn't been fixed".
UPKEEP = word_set("emptied cleaned mowed repaired fixed swept collected maintained cut trimmed")
# Said first in a clause they hedge, not praise: "Honestly, I avoid it".
HEDGES = word_set("honestly frankly seriously truthfully genuinely")
HARM = word_set(
    """knock knocks knocked hit hits run ran crash crashed fall fell fallen trip tripped slip
    slipped"""
)
# Things of a shared place: a complaint about one of them before "but" is not outweighed by
# the praise after it ("the lighting is terrible but the trees are nice").
PLACE_NOUNS = word_set(
    """path paths light lights lighting lamp lamps streetlight bench benches seat seating
    toilet toilets bin bins pond playground park street streets road roads pavement
    pavements parking gate gates fence fences swing swings entrance steps crossing trees
    grass café cafe area square station"""
)
# Phrases read as a complaint: their words, and the valence given to the last one.
PHRASES = {
    ("after", "dark"): -1.5, ("out", "of", "order"): -1.5, ("takes", "ages"): -1.5,
    ("took", "ages"): -1.5, ("takes", "forever"): -1.5, ("stopped", "going"): -1.5,
    ("stopped", "coming"): -1.5, ("sort", "out"): -1.5, ("do", "with"): -1.5,
    ("always", "closed"): -1.5,
}  # fmt: skip
# The same after a negation: "the kids won't play there any more".
NEGATED_PHRASES = {("any", "more"): -1.5, ("anymore",): -1.5}

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

# Common English words that the lexicons do not list (they hold rated words only).
ENGLISH = word_set(
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
AMBIGUOUS = word_set(
    """a no me so die also in on is was man will war hat son pan van den sale fin per con
    ja la le de te se si es en et un une du des il el los las al da do das o e ma mi tu
    su ne ni non be mal gift art rock kind bad hell arm"""
)
# Words that mark French, German, Spanish, Italian, Portuguese, Dutch, the Scandinavian
# languages, Polish, Turkish and Indonesian: function words and common chat words that are
# not English words.
FOREIGN = word_set(
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
ENGLISH_ACCENTED = word_set("café cafés naïve fiancé fiancée résumé déjà touché cliché clichés")

REFUSING = word_set("no nope nah not nothing none n/a na")
DECLINING = REFUSING | word_set("really much else more at all to add i have don't dont think so")
