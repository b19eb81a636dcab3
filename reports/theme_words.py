"""The words a theme is found by: a short answer as word stems (Snowball's English stemmer,
common words left out) plus the places-and-neighbourhoods concepts its words belong to.

Stems, stop words and concepts are English (issue 19 left them so, decision 0032): an
answer in another language is grouped by its words as written, whole (accents and other
scripts kept), without concepts to bridge two answers that share no word.

The concepts are a small hand-written thesaurus of what people say about shared places
(lighting, safety, rubbish, seating, play, dogs, noise, traffic, plants, events, access,
toilets and water, housing...): "lamp", "bulb" and "streetlight" all add the token
`@light`, so two answers that share no word can still share a concept. Short answers share
few words; without this, no offline method found their themes (docs/decisions/0024). A
word may belong to several concepts ("night" is about light, safety and noise alike), and
an answer with no concept word is grouped by its words alone."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import snowballstemmer

CONCEPT = "@"  # marks a concept token, never a word

# Words that say nothing about a theme: English function words and what people write around
# any request ("please", "would be great", "really need").
_STOP = """a about above after again against all also am an and any are aren as at be because
    been before being below between both but by can cannot could couldn did didn do does
    doesn doing don down during each either else etc even ever every few for from further
    get gets getting go goes going gone got had hadn has hasn have haven having he her here
    hers herself him himself his how however i if im in into is isn it its itself ive just
    let lets ll me might more most much must my myself need needs needed neither no nor not
    now of off often on once one only or other others our ours ourselves out over own per
    please pls plz quite rather re really s same shall she should shouldn since so some
    someone something still such t than that thats the their theirs them themselves then
    there theres these they theyre this those though through thus to too under until up
    upon us ve very was wasn way we well were weren what when where whether which while who
    whom why will with within without won would wouldn yes yet you your yours yourself
    want wants wanted wish like love lovely great good nice bad better best thing things
    think thank thanks lot lots make made many maybe actually definitely especially
    always never sometimes everywhere anywhere nowhere somewhere anything everything nothing
    people person place area areas bit kind sort new old use used using see seen know"""
STOPWORDS = frozenset(_STOP.split())

CONCEPTS: dict[str, str] = {
    "light": "light lights lighting lit lamp lamps lamppost streetlight streetlights "
    "streetlamp bulb bulbs led leds illuminate illuminated illumination bright brighter "
    "floodlight floodlights torch glow solar",
    "dark": "dark darker darkness gloomy dim unlit shadowy shadows blackout",
    "night": "night nights nighttime evening evenings dusk midnight late sunset overnight",
    "fear": "safe safer safety unsafe scared scary afraid fear frightened nervous threatening "
    "intimidating intimidated dangerous danger vulnerable worried worrying anxious",
    "crime": "crime criminal criminals theft thefts stolen steal stealing burglary burgled "
    "robbed robbery mugged mugging vandal vandals vandalism vandalised vandalized graffiti "
    "drugs drug dealing dealers dealer needles syringes police cctv camera cameras patrol "
    "patrols patrolling wardens antisocial gang gangs yobs knife",
    "rubbish": "rubbish litter littering trash garbage waste junk bin bins wheelie recycling "
    "recycle recyclables skip dump dumped dumping flytipping tipping debris cans wrappers "
    "packets butts refuse overflowing overflow collection collections",
    "clean": "clean cleaner cleaning cleaned tidy tidier sweep swept filthy dirty grubby mess "
    "messy",
    "dog": "dog dogs doggy puppy puppies pet pets terrier spaniel labrador lead leads leash "
    "unleashed walkies bark barking",
    "fouling": "poo poop pooh fouling foul faeces droppings",
    "seat": "bench benches seat seats seating sit sitting chair chairs table tables picnic "
    "stool rest",
    "shelter": "shade shady shelter sheltered cover covered canopy roof umbrella pergola gazebo "
    "rain raining wet",
    "children": "child children kid kids toddler toddlers baby babies son daughter grandkids "
    "grandchildren families parents mums dads youngsters",
    "teen": "teen teens teenager teenagers youth youths adolescents",
    "play": "play playing playground playgrounds swing swings slide slides climbing roundabout "
    "seesaw sandpit zipwire splash trampoline skate skatepark bmx basketball football goals "
    "hoop games equipment",
    "noise": "noise noisy loud louder loudly racket din hum humming sound sounds music bass "
    "shouting screaming yelling banging revving quiet quieter peace peaceful silence "
    "earplugs sleep awake disturb disturbing disturbed",
    "traffic": "car cars traffic driver drivers driving drive speed speeding speeds fast race "
    "racing road roads lorry lorries van vans hgv hgvs vehicle vehicles motorbike motorbikes "
    "junction crossing zebra mph limit bumps humps calming shortcut",
    "parking": "parking parked spaces driveway driveways yellow yellows permit permits",
    "transport": "bus buses train trains tram bike bikes cycle cycles cycling cyclist cyclists "
    "cycleway rack racks charging",
    "plants": "tree trees sapling saplings oak chestnut plant plants planting planted flower "
    "flowers flowering wildflower wildflowers shrub shrubs hedge hedges hedgerow hedgerows "
    "bush bushes green greenery greener garden gardens gardening grass lawn meadow mow "
    "mowing weeds weeding orchard herbs lavender roses rose compost soil beds veg vegetables "
    "grow growing leaves",
    "wildlife": "wildlife bee bees butterfly butterflies bird birds insects bug bugs hedgehog "
    "hedgehogs frogs frog newts pond ponds nature biodiversity pollinators",
    "event": "event events fair fairs festival festivals celebration celebrate gathering meet "
    "meeting meetup coffee bbq barbecue cinema film concert gig market markets fete carol "
    "carols christmas halloween activities activity class classes yoga workshop workshops "
    "club swap",
    "community": "community communal neighbour neighbours neighbourly neighbor neighbors "
    "residents together volunteer volunteers volunteering lonely loneliness isolated alone "
    "friends social chat",
    "information": "noticeboard notice notices newsletter whatsapp facebook email leaflet "
    "leaflets informed updates consultation",
    "mobility": "wheelchair wheelchairs disabled disability disabilities mobility zimmer "
    "crutches cane blind deaf hearing braille ramp ramps handrail handrails kerb kerbs "
    "accessible accessibility access lift lifts elevator buggy buggies pram prams pushchair "
    "pushchairs narrow trip tripped tripping",
    "path": "path paths pavement pavements footpath footpaths walkway paving slabs surface "
    "tarmac gravel mud muddy puddle puddles pothole potholes flooded flooding drainage "
    "uneven cracked bumpy smooth",
    "steps": "step steps stairs stairwell staircase",
    "toilet": "toilet toilets loo loos wc portaloo lavatory changing wee pee",
    "water": "water drinking fountain fountains tap taps refill bottle bottles butt hose wash",
    "housing": "damp mould mold heating boiler repairs leak leaking rent landlord windows "
    "condensation cold draughty",
    "pests": "rats rat mice vermin pests foxes fox pigeons seagulls cockroaches",
    "shops": "shop shops cafe pub takeaway chippy pharmacy gp library wifi",
    "repair": "broken broke repair repaired fix fixed maintenance maintained rusty rotten worn "
    "replace replaced damaged wobbly neglected",
    "money": "cost costs money funding budget fund grant charge fee free expensive cheap",
    "elderly": "elderly older pensioners seniors nan grandma grandad granny knees",
}

_WORD = re.compile(r"[^\W\d_]+")  # letters of any script: "árboles", "ławki", "مقاعد"


@cache
def _stemmer() -> Any:  # snowballstemmer ships no types
    return snowballstemmer.stemmer("english")


@cache
def stem(word: str) -> str:
    return str(_stemmer().stemWord(word))


@cache
def _concepts() -> dict[str, tuple[str, ...]]:
    """Word or its stem -> the concepts it belongs to."""
    found: dict[str, set[str]] = {}
    for concept, words in CONCEPTS.items():
        for word in words.split():
            found.setdefault(word, set()).add(concept)
            found.setdefault(stem(word), set()).add(concept)
    return {w: tuple(sorted(c)) for w, c in found.items()}


def words(text: str) -> list[str]:
    """The lower-case words of `text`, apostrophes dropped ("can't" -> "cant"), in any
    script (stems and concepts are English's: another language's words are grouped as
    they are written, decision 0032)."""
    return _WORD.findall(text.lower().replace("'", "").replace("’", ""))


def features(text: str) -> tuple[list[str], list[str]]:
    """(word stems, concept tokens) of one answer, repeats kept (they count as frequency)."""
    stems: list[str] = []
    concepts: list[str] = []
    lookup = _concepts()
    for word in words(text):
        if len(word) < 2 or word in STOPWORDS:
            continue
        root = stem(word)
        stems.append(root)
        found = sorted({*lookup.get(word, ()), *lookup.get(root, ())})
        concepts.extend(CONCEPT + c for c in found)
    return stems, concepts
