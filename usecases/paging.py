"""Long readings in pages that fit a message: /proposals, /feedback, /answers and /audit
each say one page, with a footer saying how to ask for the next."""

from __future__ import annotations

import texts.reports
from usecases.context import Ctx

PAGE_CHARS = 3500


def pages(entries: list[str], limit: int = PAGE_CHARS) -> list[list[str]]:
    """Entries in pages of at most `limit` characters (a longer entry is cut)."""
    found: list[list[str]] = []
    current: list[str] = []
    size = 0
    for entry in entries:
        entry = entry if len(entry) <= limit else entry[: limit - 1] + "…"
        if current and size + len(entry) + 2 > limit:
            found.append(current)
            current, size = [], 0
        current.append(entry)
        size += len(entry) + 2
    return [*found, current] if current else found


def say_page(
    ctx: Ctx, title: str, more: str, head: str, entries: list[str], page: int, sep: str = "\n\n"
) -> None:
    """One page of entries under `head` (entries joined by `sep`); the footer says how to
    ask for the next (`more`)."""
    split = pages(entries)
    if not 1 <= page <= len(split):
        ctx.say(texts.reports.NO_PAGE.format(page=page, title=title, pages=len(split)))
        return
    if page < len(split):
        foot = texts.reports.PAGE_FOOTER.format(
            page=page, pages=len(split), more=more, next=page + 1
        )
    else:
        foot = texts.reports.PAGE_LAST.format(page=page, pages=len(split)) if len(split) > 1 else ""
    ctx.say("\n\n".join([head, sep.join(split[page - 1]), foot]).strip())
