"""The catalogues (texts/locales/<language>/<module>.ftl) are complete and agree: every
language has every English message, takes the same values, writes a plural for every CLDR
category its language has, and formats with sample values without an error; every text the
code formats is given the values it takes; each texts module declares what its English
catalogue holds."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest
from babel import Locale
from fluent.syntax import FluentParser, visitor
from fluent.syntax import ast as ftl

from texts.i18n import (
    LANGUAGES,
    LOCALES,
    SEPARATOR,
    SOURCE,
    Catalogue,
    Catalogues,
    _fluent,
    speaking,
)
from texts.to_ftl import MARK, MODULES

ROOT = Path(__file__).resolve().parents[2]
CATEGORIES = {"zero", "one", "two", "few", "many", "other"}
NUMBERS = (0, 1, 2, 3, 4, 5, 7, 11, 12, 21, 22, 25, 100, 101, 102, 111, 1000, 1_000_000, 1.5)


def _source(lang: str, module: str) -> str:
    path = LOCALES / lang / f"{module}.ftl"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _messages(lang: str, module: str) -> dict[str, ftl.Message]:
    resource = FluentParser().parse(_source(lang, module))
    junk = [e.content for e in resource.body if isinstance(e, ftl.Junk)]
    assert junk == [], f"{lang}/{module}.ftl does not parse"
    return {e.id.name: e for e in resource.body if isinstance(e, ftl.Message)}


def integer_categories(lang: str) -> set[str]:
    """The plural categories whole numbers fall into in `lang` (counts are whole)."""
    rule = Locale.parse(lang).plural_form
    return {rule(n) for n in itertools.chain(range(0, 1200), (10**6, 2 * 10**6, 10**7))}


class _Uses(visitor.Visitor):
    """What a message uses: its variables, those read as numbers, the values its
    selectors choose between, its plural selectors' keys and the messages it refers to."""

    def __init__(self) -> None:
        self.variables: set[str] = set()
        self.numbers: set[str] = set()
        self.choices: dict[str, set[str]] = {}
        self.plurals: list[set[str]] = []
        self.references: set[str] = set()

    def visit_VariableReference(self, node: ftl.VariableReference) -> None:
        self.variables.add(node.id.name)

    def visit_MessageReference(self, node: ftl.MessageReference) -> None:
        self.references.add(node.id.name)

    def visit_FunctionReference(self, node: ftl.FunctionReference) -> None:
        for arg in node.arguments.positional:
            if isinstance(arg, ftl.VariableReference):
                self.numbers.add(arg.id.name)
        self.generic_visit(node)

    def visit_SelectExpression(self, node: ftl.SelectExpression) -> None:
        keys = {
            v.key.name if isinstance(v.key, ftl.Identifier) else v.key.value for v in node.variants
        }
        selector = node.selector
        name = None
        if isinstance(selector, ftl.VariableReference):
            name = selector.id.name
        elif isinstance(selector, ftl.FunctionReference) and selector.arguments.positional:
            first = selector.arguments.positional[0]
            name = first.id.name if isinstance(first, ftl.VariableReference) else None
        if keys & CATEGORIES:
            self.plurals.append(keys)
            if name:
                self.numbers.add(name)
        elif name:
            self.choices.setdefault(name, set()).update(keys)
        self.generic_visit(node)


def uses(message: ftl.Message, messages: dict[str, ftl.Message]) -> _Uses:
    """What the message uses, with what the messages it refers to use."""
    found, seen, todo = _Uses(), set(), [message]
    while todo:
        current = todo.pop()
        seen.add(current.id.name)
        before = set(found.references)
        found.visit(current)
        todo += [messages[r] for r in found.references - before - seen if r in messages]
    return found


CASES = [(lang, module) for module in MODULES for lang in LANGUAGES if lang != SOURCE]


@pytest.mark.parametrize(("lang", "module"), CASES)
def test_every_language_has_every_message_and_no_other(lang: str, module: str) -> None:
    english, theirs = _messages(SOURCE, module), _messages(lang, module)
    assert sorted(set(english) - set(theirs)) == [], f"missing in {lang}/{module}.ftl"
    assert sorted(set(theirs) - set(english)) == [], f"not in English: {lang}/{module}.ftl"


@pytest.mark.parametrize(("lang", "module"), CASES)
def test_nothing_is_left_to_translate(lang: str, module: str) -> None:
    marked = [line for line in _source(lang, module).splitlines() if line.strip().startswith(MARK)]
    assert marked == [], f"{lang}/{module}.ftl: run nothing, translate: {len(marked)} marked"


@pytest.mark.parametrize(("lang", "module"), CASES)
def test_a_translation_takes_the_values_the_english_takes(lang: str, module: str) -> None:
    english, theirs = _messages(SOURCE, module), _messages(lang, module)
    differ = {
        key: (sorted(uses(english[key], english).variables), sorted(found))
        for key in english.keys() & theirs.keys()
        if (found := uses(theirs[key], theirs).variables) != uses(english[key], english).variables
    }
    assert differ == {}, f"{lang}/{module}.ftl: (English, {lang}) values differ"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_plural_names_every_category_of_its_language(lang: str) -> None:
    need = integer_categories(lang)
    missing = {
        f"{module}.{key}": sorted(need - keys)
        for module in MODULES
        for key, message in _messages(lang, module).items()
        for keys in uses(message, {}).plurals
        if need - keys
    }
    assert missing == {}, f"plurals in {lang} lack categories ({sorted(need)})"


def _samples(found: _Uses) -> list[dict[str, object]]:
    """Values to format a message with: every plural number for the numbers, each choice
    of a selector, a word for the rest."""
    plain = {v: f"‹{v}›" for v in found.variables - found.numbers - set(found.choices)}
    number_sets = [{v: n for v in found.numbers} for n in NUMBERS] or [{}]
    choice_sets = [
        dict(zip(found.choices, combo, strict=True))
        for combo in itertools.product(*(sorted(c) for c in found.choices.values()))
    ] or [{}]
    return [{**plain, **n, **c} for n in number_sets for c in choice_sets]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_formats_with_sample_values(lang: str) -> None:
    problems = []
    for module in MODULES:
        catalogue = Catalogue(lang, _source(lang, module))
        english = _messages(SOURCE, module)
        for key, message in catalogue.messages.items():
            text = catalogue.text(key)
            for values in _samples(uses(english.get(key, message), english)):
                _, errors = text._bundle.format_pattern(text._pattern, _fluent(values))
                if errors:
                    problems.append(f"{module}.{key} {values}: {errors}")
                    break
    assert problems == []


@pytest.mark.parametrize("module", list(MODULES))
def test_each_texts_module_declares_what_its_catalogue_holds(module: str) -> None:
    """What code reads (`texts.members.X`) is declared in the module, for mypy and readers;
    each declared name has its words in English (`python -m texts.to_ftl` moves new ones)."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    declared = {
        node.target.id
        for node in tree.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }
    assigned = [
        t.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for t in node.targets
        if isinstance(t, ast.Name) and t.id.isupper()
    ]
    held = {key.split(SEPARATOR)[0] for key in _messages(SOURCE, module)}
    assert assigned == [], "texts written in Python: run `python -m texts.to_ftl`"
    assert declared == held


# -- the code gives each text the values it takes -----------------------------------------

PACKAGES = ("bot", "usecases", "reports", "dialogs")
ALIASES = {"texts": None, "flow_texts": "dialogs", "_texts": "dialogs"}


def _text_of(node: ast.expr, dialogs_alias: set[str]) -> tuple[str, str, str | None] | None:
    """(module, NAME, key) for `texts.members.NAME`, `texts.polls.NAME["key"]`,
    `flow_texts.NAME` (key None: not subscripted or not by a constant)."""
    key = None
    if isinstance(node, ast.Subscript):
        key = node.slice.value if isinstance(node.slice, ast.Constant) else "*"
        node = node.value
    if not isinstance(node, ast.Attribute) or not node.attr.isupper():
        return None
    value = node.value
    if isinstance(value, ast.Name) and value.id in dialogs_alias:
        return "dialogs", node.attr, key
    if (
        isinstance(value, ast.Attribute)
        and isinstance(value.value, ast.Name)
        and value.value.id == "texts"
        and value.attr in MODULES
    ):
        return value.attr, node.attr, key
    return None


def _formatted() -> list[tuple[str, str, str, str | None, set[str]]]:
    """Every `<text>.format(name=...)` in the code: (where, module, NAME, key, names)."""
    found = []
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            dialogs_alias = {
                a.asname or a.name
                for n in ast.walk(tree)
                if isinstance(n, ast.ImportFrom) and n.module == "dialogs"
                for a in n.names
                if a.name == "texts"
            }
            if path.parent.name == "dialogs" and path.name != "texts.py":
                dialogs_alias.add("texts")
            for node in ast.walk(tree):
                if not (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "format"
                ):
                    continue
                named = _text_of(node.func.value, dialogs_alias)
                if named is None or any(k.arg is None for k in node.keywords):
                    continue  # not a text, or values given as **mapping
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                found.append((where, *named, {k.arg for k in node.keywords if k.arg}))
    return found


def test_the_code_gives_each_text_the_values_it_takes() -> None:
    calls = _formatted()
    assert len(calls) > 200, "the check finds the code's texts"
    english = {module: _messages(SOURCE, module) for module in MODULES}
    short = []
    for where, module, name, key, given in calls:
        messages = english[module]
        ids = [
            i
            for i in messages
            if i == name
            or (key == "*" and i.startswith(name + SEPARATOR))
            or (key not in (None, "*") and i == f"{name}{SEPARATOR}{key}")
        ]
        assert ids, f"{where}: {module}.{name} is not in the English catalogue"
        for message_id in ids:
            needed = uses(messages[message_id], messages).variables
            if needed - given:
                short.append(f"{where}: {module}.{message_id} needs {sorted(needed - given)}")
    assert short == []


def test_a_text_formats_in_the_language_being_spoken() -> None:
    import texts.members

    with speaking("es"):
        spanish = texts.members.CONSENT_YES
    assert texts.members.CONSENT_YES == "I agree" and spanish != "I agree"
    with speaking("pl"):
        polls = [texts.members.AWAY_POLLS.format(n=n) for n in (1, 2, 5, 22)]
    assert len(set(p.split(" ", 1)[1] for p in polls)) == 3, polls  # one, few, many


def test_each_problem_a_flow_check_names_is_given_the_values_it_takes() -> None:
    """`said("NAME", ...)` (dialogs.check_texts): the name is a message of the flowcheck
    catalogue and the call gives every value it uses."""
    english = _messages(SOURCE, "flowcheck")
    calls, short = 0, []
    for path in (ROOT / "dialogs").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "said"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                continue
            calls += 1
            name, where = node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}"
            assert name in english, f"{where}: {name} is not in flowcheck.ftl"
            needed = uses(english[name], english).variables
            given = {k.arg for k in node.keywords if k.arg}
            if needed - given:
                short.append(f"{where}: {name} needs {sorted(needed - given)}")
    assert calls > 60, "the check finds the flow checks' problems"
    assert short == []


def test_warm_up_reads_every_english_catalogue_and_no_other_language(tmp_path: Path) -> None:
    for lang in (SOURCE, "es"):
        (tmp_path / lang).mkdir()
        for module in ("members", "polls"):
            (tmp_path / lang / f"{module}.ftl").write_text(f"hello = {lang} {module}\n")
    catalogues = Catalogues(tmp_path)
    catalogues.warm_up()
    assert sorted(catalogues._entries) == [(SOURCE, "members"), (SOURCE, "polls")]
    assert str(catalogues.entries("es", "polls")["hello"]) == "es polls"
