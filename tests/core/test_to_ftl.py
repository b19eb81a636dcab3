"""`python -m texts.to_ftl`: texts written as Python constants move into the English
catalogue, the other languages are told what to translate, and running it again after a
merge adds what is new, updates what changed and leaves hand-made plurals alone."""

from __future__ import annotations

from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource

from texts.to_ftl import MARK, main

MODULE = '''"""Texts of a test module."""

from __future__ import annotations

HELLO = "Hello {name}!"
COUNTED = "{n} member(s) joined"  # shown on /stats
WORDS = {"yes": "Yes", "no": "No"}
'''


def run(tmp_path: Path) -> tuple[int, Path, Path]:
    module = tmp_path / "sample.py"
    locales = tmp_path / "locales"
    code = main([], modules={"sample": module}, locales=locales)
    return code, module, locales


def english(locales: Path, key: str, **values: object) -> str:
    bundle = FluentBundle(["en"], use_isolating=False)
    bundle.add_resource(FluentResource((locales / "en" / "sample.ftl").read_text()))
    pattern = bundle.get_message(key).value
    assert pattern is not None
    return str(bundle.format_pattern(pattern, values)[0])


def test_texts_move_into_the_catalogue_and_stay_there_through_merges(tmp_path, capsys) -> None:
    (tmp_path / "sample.py").write_text(MODULE)
    code, module, locales = run(tmp_path)
    assert code == 0
    declared = module.read_text()
    assert "HELLO: Text\n" in declared and "COUNTED: Text  # shown on /stats" in declared
    assert "WORDS: Mapping[str, Text]" in declared and 'return text("sample", name)' in declared
    assert english(locales, "HELLO", name="Ana") == "Hello Ana!"
    assert english(locales, "WORDS__yes") == "Yes"
    spanish = (locales / "es" / "sample.ftl").read_text()
    assert spanish.count(MARK) == 4, "each new text is marked for translation"

    # a hand-made plural in English, and a translation done
    path = locales / "en" / "sample.ftl"
    plural = (
        "COUNTED =\n    { $n ->\n        [one] { $n } member joined\n"
        "       *[other] { $n } members joined\n    }\n"
    )
    source = path.read_text()
    start = source.index("# shown on /stats")
    end = source.index("\n", source.index("COUNTED =")) + 1
    path.write_text(source[:start] + plural + source[end:])
    (locales / "es" / "sample.ftl").write_text(
        "HELLO = ¡Hola { $name }!\nCOUNTED = Se unieron { $n }\nWORDS__yes = Sí\nWORDS__no = No\n"
    )

    # a branch merged: one text changed in Python, one added, the others as they were
    module.write_text(
        module.read_text().replace("HELLO: Text\n", 'HELLO = "Hi {name}!"\n')
        + 'BYE = "Goodbye"\nCOUNTED = "{n} member(s) joined"\n'
    )
    capsys.readouterr()
    code, module, locales = run(tmp_path)
    assert code == 0
    said = capsys.readouterr().out
    assert "added in English: sample.BYE" in said and "changed in English: sample.HELLO" in said
    assert english(locales, "HELLO", name="Ana") == "Hi Ana!"
    assert english(locales, "COUNTED", n=1) == "1 member joined", "the hand-made plural stays"
    spanish = (locales / "es" / "sample.ftl").read_text()
    assert f"{MARK}\nHELLO = ¡Hola" in spanish, "the changed text is marked again"
    assert f"{MARK}\nBYE = Goodbye" in spanish and f"{MARK}\nCOUNTED" not in spanish
    assert "BYE: Text" in module.read_text() and 'COUNTED = "' not in module.read_text()
    assert module.read_text().count("COUNTED: Text") == 1, "declared once"

    capsys.readouterr()
    assert run(tmp_path)[0] == 0
    assert "nothing new" in capsys.readouterr().out


def test_a_text_keyed_by_a_number_is_refused(tmp_path, capsys) -> None:
    (tmp_path / "sample.py").write_text('AWAY = {True: "1 poll", False: "{n} polls"}\n')
    code, _, _ = run(tmp_path)
    assert code == 1 and "plural selector" in capsys.readouterr().err
