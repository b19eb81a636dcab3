"""Segments, pure: a rule over what the bot knows of a member in a session, as organisers
write it (`safety <= 2 and not how_often = never`), read into a tree of tests checked
against the session's flow. The tree says nothing of how it is evaluated: `usecases.segments`
turns it into one SQL query through `storage.segments`, at the moment it is used.

    rule    := either
    either  := both ("or" both)*
    both    := unary ("and" unary)*
    unary   := "not" unary | "(" either ")" | test
    test    := "active" ["_"] "within" DURATION
             | "sentiment" "(" STEP ")" COMPARE (NUMBER | negative | neutral | positive)
             | NAME COMPARE VALUE | NAME ["not"] "in" "(" VALUE ("," VALUE)* ")"
             | NAME "has" VALUE
    COMPARE := = | != | < | <= | > | >=          (also ==, <>, ≠, ≤, ≥)

NAME is a step id of the flow (a choice, an interests step or a scale; a typed answer is
read through `sentiment(step)`), or one of `ATTRIBUTES`. Keywords and ids are read in any
case; quotes around the whole rule are taken off. Every problem is a `RuleError`: where in
the rule (a character position from 1), what was expected and what was found, said in the
reader's language (`dialogs/segment_texts.py`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dialogs import segment_texts as says
from dialogs.durations import parse_duration
from dialogs.models import SLUG, TEXT_KINDS, ChoiceStep, Flow, ScaleStep, check_slug

MAX_RULE = 1000  # characters
MAX_DEPTH = 20  # nested parentheses and nots
MAX_NAME = 24  # a segment's name, as step ids
STAGES = ("joined", "consented", "answering", "finished", "proposed", "voted")
SOURCES = ("link", "invite", "proposal", "seed", "group")  # storage.models.JOIN_SOURCES
MOODS = ("negative", "neutral", "positive")
ATTRIBUTES = ("language", "timezone", "source", "invited_by", "stage", "group", "interests")
_ALIASES = {"zone": "timezone", "time_zone": "timezone", "tz": "timezone", "inviter": "invited_by"}
_COMPARE = {"=": "=", "==": "=", "!=": "!=", "<>": "!=", "≠": "!=", "<": "<", "<=": "<="}
_COMPARE |= {"≤": "<=", ">": ">", ">=": ">=", "≥": ">="}
_TOKEN = re.compile(r"\s*(?:(<=|>=|!=|==|<>|[<>=≤≥≠])|([(),])|([^\s()<>=!,≤≥≠]+)|(\S))")
_QUOTES = {'"': '"', "'": "'", "“": "”", "„": "“", "‘": "’", "«": "»", "`": "`"}
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_PSEUDONYM = re.compile(r"m-[a-z0-9]{8}")
_TAG = re.compile(r"[a-z0-9_-]{1,32}")
_GROUP = re.compile(r"[A-Z]")


# -- the tree ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Chose:
    """The member's answer to a choice (or interests) step holds one of `options`."""

    step: str
    options: tuple[str, ...]


@dataclass(frozen=True)
class Scored:
    """The member's answer to a scale step is one of `values` (a comparison, spelled out:
    a scale has at most 11 points)."""

    step: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class Felt:
    """The sentiment (polarity, -1 to 1) of the member's typed answer to `step` compares
    (`op`: = != < <= > >=) with `bound`. A `negative`/`neutral`/`positive` answer is
    spelled out with the flow's thresholds; an answer in a language no analyser reads has
    none and meets no such test."""

    step: str
    op: str
    bound: float


@dataclass(frozen=True)
class Has:
    """An attribute of the member in the session is one of `values`: `language`,
    `timezone`, `source` (how they came, or the tag of the organisers' link), `invited_by`
    (a pseudonym), `stage` (reached: `STAGES`), `group` (opinion group letter)."""

    name: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Active:
    """The member wrote to the bot in the session within this long."""

    within: timedelta


@dataclass(frozen=True)
class Not:
    part: Node


@dataclass(frozen=True)
class All:
    parts: tuple[Node, ...]


@dataclass(frozen=True)
class AnyOf:
    parts: tuple[Node, ...]


Node = Chose | Scored | Felt | Has | Active | Not | All | AnyOf


def walk(node: Node) -> Iterator[Node]:
    """The node and every node under it."""
    yield node
    if isinstance(node, Not):
        yield from walk(node.part)
    elif isinstance(node, All | AnyOf):
        for part in node.parts:
            yield from walk(part)


# -- problems ---------------------------------------------------------------------------------


class RuleError(ValueError):
    """What is wrong with a rule: `reason` names a text of `dialogs/segment_texts.py`;
    `at` is the position (from 1) of what is wrong; `details` the text's values."""

    def __init__(self, reason: str, at: int, **details: object) -> None:
        super().__init__(f"{reason} at {at}: {details}")
        self.reason, self.at, self.details = reason, at, details

    def message(self) -> str:
        """The problem in the language being spoken: where, then what."""
        what = says.PROBLEMS[self.reason].format(**self.details)
        return says.AT.format(at=self.at, problem=what)


def check_name(name: str) -> str:
    """A segment's name as typed, lower case: a-z, 0-9 and _, at most 24 characters."""
    lowered = name.strip().lower()
    try:
        return check_slug(lowered, "segment")
    except ValueError:
        raise RuleError("bad_name", 1, name=name[:40], most=MAX_NAME) from None


# -- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    kind: str  # op, punct, word, junk, end
    text: str
    at: int  # from 1


def unquote(rule: str) -> str:
    rule = rule.strip()
    if len(rule) >= 2 and _QUOTES.get(rule[0]) == rule[-1]:
        return rule[1:-1].strip()
    return rule


def _tokens(rule: str, offset: int) -> list[_Token]:
    found: list[_Token] = []
    for match in _TOKEN.finditer(rule):
        kinds = zip(("op", "punct", "word", "junk"), match.groups(), strict=True)
        kind = next(k for k, g in kinds if g)
        text = match.group(match.lastindex or 0)
        found.append(_Token(kind, text, offset + match.start(match.lastindex or 0) + 1))
    found.append(_Token("end", "", offset + len(rule.rstrip()) + 1))
    return found


def parse_rule(rule: str, flow: Flow) -> Node:
    """The rule as a tree, checked against `flow`; raises RuleError."""
    stripped = rule.strip()
    body = unquote(stripped)
    offset = len(rule) - len(rule.lstrip()) + (len(stripped) - len(body) > 0)
    if not body:
        raise RuleError("empty", 1)
    if len(body) > MAX_RULE:
        raise RuleError("too_long", MAX_RULE, most=MAX_RULE)
    return _Reader(_tokens(body, offset), flow).rule()


class _Reader:
    """Recursive descent over the tokens, one method a line of the grammar."""

    def __init__(self, tokens: list[_Token], flow: Flow) -> None:
        self.tokens, self.flow, self.i, self.depth = tokens, flow, 0, 0

    @property
    def now(self) -> _Token:
        return self.tokens[self.i]

    def take(self) -> _Token:
        token = self.tokens[self.i]
        self.i = min(self.i + 1, len(self.tokens) - 1)
        return token

    def keyword(self, *words: str) -> bool:
        token = self.now
        if token.kind == "word" and token.text.casefold() in words:
            self.take()
            return True
        return False

    def expected(self, what: str) -> RuleError:
        token = self.now
        found = says.THE_END if token.kind == "end" else f"“{token.text[:30]}”"
        return RuleError("expected", token.at, expected=says.EXPECTED[what], found=found)

    def rule(self) -> Node:
        node = self.either()
        if self.now.kind != "end":
            raise self.expected("join" if self.depth == 0 else "close")
        return node

    def either(self) -> Node:
        parts = [self.both()]
        while self.keyword("or"):
            parts.append(self.both())
        return parts[0] if len(parts) == 1 else AnyOf(tuple(parts))

    def both(self) -> Node:
        parts = [self.unary()]
        while self.keyword("and"):
            parts.append(self.unary())
        return parts[0] if len(parts) == 1 else All(tuple(parts))

    def unary(self) -> Node:
        if self.depth >= MAX_DEPTH:
            raise RuleError("too_deep", self.now.at, most=MAX_DEPTH)
        self.depth += 1
        try:
            if self.keyword("not"):
                return Not(self.unary())
            if self.now.text == "(" and self.now.kind == "punct":
                self.take()
                node = self.either()
                if self.now.text != ")":
                    raise self.expected("close")
                self.take()
                return node
            return self.test()
        finally:
            self.depth -= 1

    def test(self) -> Node:
        token = self.now
        if token.kind != "word" or token.text.casefold() in ("and", "or", "not", "in", "has"):
            raise self.expected("test")
        name = token.text.lower()
        self.take()
        if self.flow.step(name) is None:
            if name in ("active", "active_within"):
                return self.active(name)
            if name == "sentiment":
                return self.sentiment()
            name = _ALIASES.get(name, name)
        op, values = self.comparison()
        return _Check(self.flow, name, token.at, op, values).node()

    def active(self, name: str) -> Node:
        if name == "active" and not self.keyword("within"):
            raise self.expected("within")
        token = self.take()
        try:
            within = parse_duration(token.text) if token.kind == "word" else None
        except ValueError:
            within = None
        if within is None:
            self.i -= token.kind != "end"
            raise self.expected("duration")
        return Active(within)

    def sentiment(self) -> Node:
        if self.take().text != "(":
            self.i -= 1
            raise self.expected("open")
        token = self.take()
        step = self.flow.step(token.text.lower()) if token.kind == "word" else None
        if token.kind != "word":
            self.i -= token.kind != "end"
            raise self.expected("step")
        if step is None:
            raise _unknown_step(self.flow, token)
        if step.kind not in TEXT_KINDS:
            raise RuleError("not_typed", token.at, step=step.id, kind=step.kind)
        if self.take().text != ")":
            self.i -= 1
            raise self.expected("close")
        op_token = self.now
        op = _COMPARE.get(self.take().text) if op_token.kind == "op" else None
        if op is None:
            self.i -= op_token.kind != "end"
            raise self.expected("compare")
        value = self.take()
        return _felt(self.flow, step.id, op, value)

    def comparison(self) -> tuple[tuple[str, int], tuple[_Token, ...]]:
        """The operator (its name and place) and the value(s) after it."""
        token = self.now
        if token.kind == "op":
            self.take()
            return (_COMPARE[token.text], token.at), (self.value(),)
        if self.keyword("has"):
            return ("has", token.at), (self.value(),)
        negated = self.keyword("not")
        if self.keyword("in"):
            return ("not in" if negated else "in", token.at), self.listed()
        raise self.expected("in" if negated else "operator")

    def value(self) -> _Token:
        token = self.now
        if token.kind != "word":
            raise self.expected("value")
        return self.take()

    def listed(self) -> tuple[_Token, ...]:
        if self.now.text != "(":
            raise self.expected("list")
        self.take()
        values = [self.value()]
        while self.now.text == ",":
            self.take()
            values.append(self.value())
        if self.now.text != ")":
            raise self.expected("comma")
        self.take()
        return tuple(values)


def _unknown_step(flow: Flow, token: _Token) -> RuleError:
    asked = [s.id for s in flow.steps if s.kind not in ("message", "vote")]
    return RuleError(
        "unknown_name",
        token.at,
        name=token.text[:40],
        steps=listed(asked) or "-",
        words=listed(ATTRIBUTES),
    )


def _felt(flow: Flow, step: str, op: str, value: _Token) -> Node:
    """`sentiment(step) <op> <number or mood>`."""
    word = value.text.casefold()
    if value.kind == "word" and _NUMBER.fullmatch(word) and -1 <= float(word) <= 1:
        return Felt(step, op, float(word))
    if value.kind != "word" or word not in MOODS or op not in ("=", "!="):
        raise RuleError("mood", value.at, found=value.text[:30] or "-")
    low, high = flow.engagement.negative_threshold, flow.engagement.positive_threshold
    moods = _moods(step, low, high)
    if op == "=":
        return next(m for w, m in moods if w == word)
    # not that mood, but still a sentiment read (an unknown one meets no test)
    return AnyOf(tuple(m for w, m in moods if w != word))


def _moods(step: str, low: float, high: float) -> list[tuple[str, Node]]:
    return [
        ("negative", Felt(step, "<", low)),
        ("neutral", All((Felt(step, ">=", low), Felt(step, "<=", high)))),
        ("positive", Felt(step, ">", high)),
    ]


class _Check:
    """One `NAME op value(s)` test, checked against the flow."""

    def __init__(
        self, flow: Flow, name: str, at: int, op: tuple[str, int], values: tuple[_Token, ...]
    ) -> None:
        self.flow, self.name, self.at, self.values = flow, name, at, values
        self.op, self.op_at = op

    def node(self) -> Node:
        step = self.flow.step(self.name)
        if step is not None:
            if isinstance(step, ChoiceStep):
                return self.choice(step)
            if isinstance(step, ScaleStep):
                return self.scale(step)
            if step.kind in TEXT_KINDS:
                raise RuleError("typed", self.at, step=step.id)
            raise RuleError("asks_nothing", self.at, step=step.id, kind=step.kind)
        if self.name == "interests":
            return self.interests()
        if self.name not in ATTRIBUTES:
            raise _unknown_step(self.flow, _Token("word", self.name, self.at))
        self.only_equality()
        values = tuple(self.attribute(token) for token in self.values)
        node: Node = Has(self.name, tuple(dict.fromkeys(values)))
        return Not(node) if self.op in ("!=", "not in") else node

    def only_equality(self, has: bool = False) -> None:
        allowed = ("=", "!=", "in", "not in", *(("has",) if has else ()))
        if self.op not in allowed:
            raise RuleError("operator", self.op_at, op=self.op, name=self.name)

    def negated(self, node: Node) -> Node:
        return Not(node) if self.op in ("!=", "not in") else node

    def choice(self, step: ChoiceStep) -> Node:
        self.only_equality(has=True)
        options = []
        for token in self.values:
            option = token.text.lower()
            if step.option(option) is None:
                known = listed([o.id for o in step.options])
                raise RuleError("unknown_option", token.at, option=token.text[:40],
                                step=step.id, options=known)  # fmt: skip
            options.append(option)
        return self.negated(Chose(step.id, tuple(dict.fromkeys(options))))

    def scale(self, step: ScaleStep) -> Node:
        if self.op == "has":
            raise RuleError("operator", self.op_at, op=self.op, name=self.name)
        numbers = []
        for token in self.values:
            if not re.fullmatch(r"[+-]?\d{1,6}", token.text) or not (
                step.min <= int(token.text) <= step.max
            ):
                raise RuleError("scale", token.at, step=step.id, low=step.min, high=step.max,
                                found=token.text[:30])  # fmt: skip
            numbers.append(int(token.text))
        points = range(step.min, step.max + 1)
        if self.op in ("in", "not in", "=", "!="):
            return self.negated(Scored(step.id, tuple(sorted(set(numbers)))))
        bound = numbers[0]
        keep = {"<": bound.__gt__, "<=": bound.__ge__, ">": bound.__lt__, ">=": bound.__le__}
        return Scored(step.id, tuple(n for n in points if keep[self.op](n)))

    def interests(self) -> Node:
        self.only_equality(has=True)
        steps = [s for s in self.flow.steps if isinstance(s, ChoiceStep) and s.kind == "interests"]
        if not steps:
            raise RuleError("no_interests", self.at)
        tests: list[Node] = []
        for token in self.values:
            topic = token.text.lower()
            holding = [Chose(s.id, (topic,)) for s in steps if s.option(topic) is not None]
            if not holding:
                topics = listed(sorted({o.id for s in steps for o in s.options}))
                raise RuleError("unknown_topic", token.at, topic=token.text[:40], topics=topics)
            tests += holding
        return self.negated(tests[0] if len(tests) == 1 else AnyOf(tuple(tests)))

    def attribute(self, token: _Token) -> str:
        """One value of an attribute, as stored (or as `usecases.segments` resolves it)."""
        text, name = token.text, self.name
        if name == "language":
            if text.lower() not in self.flow.languages:
                raise self.bad(token, listed(self.flow.languages))
            return text.lower()
        if name == "timezone":
            return self.zone(token)
        if name == "stage":
            if text.lower() not in STAGES:
                raise self.bad(token, listed(STAGES))
            return text.lower()
        if name == "source":
            if not _TAG.fullmatch(text.lower()):
                raise self.bad(token, listed(SOURCES))
            return text.lower()
        if name == "group":
            if not _GROUP.fullmatch(text.upper()):
                raise self.bad(token, "A, B, C")
            return text.upper()
        if not _PSEUDONYM.fullmatch(text.lower()):  # invited_by
            raise self.bad(token, "m-abcd2345")
        return text.lower()

    def bad(self, token: _Token, allowed: str) -> RuleError:
        return RuleError("bad_value", token.at, name=self.name, found=token.text[:40],
                         allowed=allowed)  # fmt: skip

    def zone(self, token: _Token) -> str:
        try:
            return ZoneInfo(token.text).key
        except (ZoneInfoNotFoundError, ValueError):
            raise self.bad(token, "Europe/Madrid, UTC") from None


def listed(items: Iterable[str]) -> str:
    return ", ".join(items)


def slug_ok(name: str) -> bool:
    return bool(SLUG.fullmatch(name)) and len(name) <= MAX_NAME
