"""How members appear in a session's exports and reports: a pseudonym, the same in every
export of that session, that cannot be traced back to the member without the session's salt
(a random value in the database, `cosession.pseudonym_salt`); or, when a coordinator asks
for names, their Telegram name."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable, Mapping

ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # as join codes: no 0/o, 1/l/i
LENGTH = 8  # 31**8: two members of a 2,000-member session share one with odds below 1 in 400,000


def pseudonym(salt: str, member_id: int) -> str:
    """`m-` and eight letters or digits from an HMAC of the member's id keyed by the salt."""
    digest = hmac.new(salt.encode(), str(member_id).encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest[:8], "big")
    letters = []
    for _ in range(LENGTH):
        number, rest = divmod(number, len(ALPHABET))
        letters.append(ALPHABET[rest])
    return "m-" + "".join(letters)


class Labels:
    """Member id -> how the export shows them (computed once per member)."""

    def __init__(self, salt: str, names: dict[int, tuple[str, str | None]] | None = None):
        self.salt = salt
        self.names = names
        self._seen: dict[int, str] = {}

    def __call__(self, member_id: int | None) -> str:
        if member_id is None:
            return ""
        label = self._seen.get(member_id)
        if label is None:
            label = self._seen[member_id] = self._label(member_id)
        return label

    def _label(self, member_id: int) -> str:
        alias = pseudonym(self.salt, member_id)
        if self.names is None:
            return alias
        name, username = self.names.get(member_id, ("", None))
        shown = " ".join(p for p in (name.strip(), f"@{username}" if username else "") if p)
        return shown or alias  # someone who erased their data has no name to show


Person = tuple[str, str | None, int | None]  # display name, username, Telegram id
_WORD = re.compile(r"\w+")
_PUNCTUATION = "\"'“”‘’«»()[]{}<>.,;:!?¡¿-–—_/\\|*~`"
# words of names that are also everyday words in the languages members write in: hidden as
# part of the full name, never on their own ("Maria de la Cruz" leaves "de" and "la" be)
REMEMBERED = 256  # the first texts seen are remembered (the bot's prompts come early)
PARTICLES = frozenset(
    {"al", "ap", "bin", "da", "das", "de", "degli", "dei", "del", "della", "der", "des", "di",
     "do", "dos", "du", "el", "ibn", "la", "las", "le", "les", "lo", "los", "of", "ten", "ter",
     "van", "vom", "von", "zu"}
)  # fmt: skip


class Scrub:
    """Members' names, usernames and Telegram ids taken out of text: each becomes that
    member's pseudonym, in members' words and the bot's alike (decision 0030).

    The whole display name, the username (with or without @) and the Telegram id match in
    any case; each word of the name (of two letters or more, not a particle such as "de")
    matches as it is written, Capitalised or in CAPITALS, never in lower case, so that a
    member called Will or May leaves "will" and "may" be; "Will" at the start of a
    sentence is hidden too (it may be him). A match is a whole word: "Ana" in "Anatomy"
    is left.

    Fast on the common case: a text shares no word with any name (a set test), and only
    then one regular expression built as a trie runs over it; the first 256 texts
    seen (the bot's prompts among them, said to every member) are not looked at again."""

    def __init__(self, people: Mapping[int, Person], label: Callable[[int], str]) -> None:
        self.folded: dict[str, str] = {}  # lower-cased key -> pseudonym, any case
        self.exact: dict[str, str] = {}  # key as written -> pseudonym
        written: set[str] = set()  # every key as written, for the expression
        for member_id, (name, username, telegram_id) in people.items():
            alias = label(member_id)
            full = " ".join(name.split())
            for key in (full, username, f"@{username}" if username else None, telegram_id):
                if key:
                    self.folded.setdefault(str(key).lower(), alias)
                    written.add(str(key))
            for part in full.split(" "):
                word = part.strip(_PUNCTUATION)
                if len(word) < 2 or word.lower() in PARTICLES:
                    continue
                if any(c.isalpha() for c in word):
                    for form in (word, word.title(), word.upper()):
                        self.exact.setdefault(form, alias)
        self.words = frozenset(
            w for key in (*self.folded, *self.exact) for w in _WORD.findall(key.lower())
        )
        keys = {_lower(k) for k in (*written, *self.exact)}
        self.pattern = (
            re.compile(r"(?<![\w@])" + _trie(keys) + r"(?!\w)", re.IGNORECASE) if keys else None
        )
        self._done: dict[str, str] = {}  # the bot says the same prompts to every member
        self._lowered = {k.lower(): v for k, v in self.exact.items()} | self.folded

    def __call__(self, text: str) -> str:
        if self.pattern is None or not text:
            return text
        done = self._done.get(text)
        if done is None:
            done = (
                text
                if self.words.isdisjoint(_WORD.findall(text.lower()))
                else self.pattern.sub(self._alias, text)
            )
            if len(self._done) < REMEMBERED:
                self._done[text] = done
        return done

    def _alias(self, match: re.Match[str]) -> str:
        found = match.group()
        return self.folded.get(found.lower()) or self.exact.get(found) or found

    def any_case(self, text: str) -> str:
        """Every word of a name hidden in any case too: for words the bot picked out of
        members' text and lower-cased (a theme's keywords), where "maria" is Maria."""
        if self.pattern is None or not text:
            return text
        return self.pattern.sub(lambda m: self._lowered.get(m.group().lower(), m.group()), text)


def keep(text: str) -> str:
    """Text as it is: an export with names (`--names`) hides none."""
    return text


def _lower(text: str) -> str:
    """Lower case a character at a time, as a regular expression ignores case ("İ" stays
    one character, which IGNORECASE matches to "i"; `str.lower` makes it two)."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _trie(keys: set[str]) -> str:
    """The keys as one regular expression that branches on one character at a time (an
    alternation of thousands of names would try each at every position of every text)."""
    root: dict[str, dict] = {}
    for key in keys:
        node = root
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(root)


def _branch(node: dict[str, dict]) -> str:
    ends = "" in node
    alternatives = [re.escape(c) + _branch(child) for c, child in sorted(node.items()) if c]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if ends else body
