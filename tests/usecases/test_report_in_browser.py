"""Issue 17, part 6: the report of a played session, opened in a real browser (the system's
headless Chromium, driven by playwright): no console message, no request but the file
itself, nothing wider than a phone's screen; a screenshot of its first screen on a phone
and on a desktop is kept in the test's folder (its path printed: `pytest -s` shows it)."""

from __future__ import annotations

from pathlib import Path

from storage.models import CoSession
from tests.conftest import chromium_path
from tests.usecases.played import play
from usecases.report import write_report

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def test_the_report_opens_in_chromium_with_no_error_and_no_request(
    world, organiser, tmp_path: Path
) -> None:
    browser_at = chromium_path()
    from playwright.sync_api import sync_playwright

    played = play(world, organiser)
    [cosession] = world.rows(CoSession, CoSession.join_code == played.code)
    page_file = tmp_path / "report.html"
    with world.db.session() as db, page_file.open("w", encoding="utf-8") as out:
        write_report(db, world.services, cosession, out, world.clock.now())

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=browser_at)
        try:
            for name, size in (("phone", PHONE), ("desktop", DESKTOP)):
                seen: list[str] = []
                page = browser.new_page(viewport=size)  # type: ignore[arg-type]
                page.on("console", lambda m, seen=seen: seen.append(f"console {m.type}: {m.text}"))
                page.on("pageerror", lambda error, seen=seen: seen.append(f"error: {error}"))
                page.on("request", lambda r, seen=seen: seen.append(f"request {r.url}"))
                page.goto(page_file.as_uri())
                page.wait_for_load_state("load")
                shot = tmp_path / f"report-{name}.png"
                page.screenshot(path=str(shot))
                print(f"\nreport's first screen, {name} ({size['width']}x{size['height']}): {shot}")
                assert seen == [f"request {page_file.as_uri()}"], seen
                wide = page.evaluate("document.documentElement.scrollWidth")
                assert wide <= size["width"], f"{wide}px wide on a {size['width']}px screen"
                heading = page.locator("h1").inner_text()
                assert heading == "Elm Park"
                assert shot.read_bytes().startswith(b"\x89PNG")
                page.emulate_media(media="print")  # the print stylesheet applies cleanly too
                assert page.evaluate("getComputedStyle(document.body).backgroundColor") in (
                    "rgb(255, 255, 255)",
                    "rgba(0, 0, 0, 0)",
                )
                assert page.locator("nav").is_hidden(), "no contents list on paper"
                page.close()
        finally:
            browser.close()
