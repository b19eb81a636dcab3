"""`codesign flows`: check, write, rehearse and list flow files."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import typer

from bot.cli.common import flows_app, settings
from dialogs.placeholders import SAMPLE


@flows_app.command("check")
def flows_check(files: list[Path]) -> None:
    """Validate flow files; print every problem, and every warning, as file:line: reason."""
    from dialogs.loader import check_flow_files

    problems = check_flow_files(files)
    for problem in problems:
        typer.echo(str(problem))
    errors = sum(not problem.warning for problem in problems)
    warned = f", {len(problems) - errors} warning(s)" if len(problems) > errors else ""
    if errors:
        typer.echo(f"{errors} error(s){warned}: fix the errors before using the file")
        raise typer.Exit(1)
    typer.echo(f"{len(files)} flow file(s) OK{warned}")


@flows_app.command("new")
def flows_new(
    file: Path,
    title: str = typer.Option(None, help="The flow's title (you can change it in the file)."),
    force: bool = typer.Option(False, help="Overwrite the file if it exists."),
) -> None:
    """Write a commented starter flow to edit: every step kind, every key with its default."""
    from dialogs.starter import id_problem, starter_text

    problem = id_problem(file)
    if problem:
        typer.echo(f"error: {problem}", err=True)
        raise typer.Exit(2)
    if file.exists() and not force:
        typer.echo(f"error: {file} exists; choose another name, or add --force", err=True)
        raise typer.Exit(2)
    file.write_text(starter_text(title), encoding="utf-8")
    typer.echo(
        f"Wrote {file}: a starter flow to edit (notes after # explain each line).\n"
        f"Then check it: codesign flows check {file}\nAnd try it: codesign flows try {file}"
    )


@flows_app.command("try")
def flows_try(
    file: Path,
    session: str = typer.Option(SAMPLE["session"], help="What {session} stands for."),
    community: str = typer.Option(SAMPLE["community"], help="What {community} stands for."),
    organiser: str = typer.Option(SAMPLE["organiser"], help="What {organiser} stands for."),
    language: str = typer.Option(None, help="One of the flow's languages (default: its first)."),
    as_: list[str] = typer.Option(  # noqa: B008
        [], "--as", help="Rehearse as a member of this segment (its variants); repeatable."
    ),
) -> None:
    """Rehearse a flow in the terminal, without Telegram, in one of its languages, as a
    member of some segments if asked."""
    from dialogs import FlowValidationError, load_flow
    from dialogs.placeholders import personalise
    from dialogs.rehearse import rehearse

    try:
        flow = load_flow(file)
    except FlowValidationError as exc:
        for problem in exc.errors:
            typer.echo(str(problem), err=True)
        raise typer.Exit(1) from None
    if language is not None and language not in flow.languages:
        speaks = ", ".join(flow.languages)
        typer.echo(f"error: {file} is not in {language}; its languages: {speaks}", err=True)
        raise typer.Exit(2)
    known = {*flow.segments, *flow.variant_segments()}
    unknown = [name for name in as_ if name.lower() not in known]
    if unknown:
        named = ", ".join(sorted(known)) or "none"
        typer.echo(
            f"error: {file} names no segment {', '.join(unknown)}; it names: {named}", err=True
        )
        raise typer.Exit(2)
    names = {"session": session, "community": community, "organiser": organiser}
    flow = personalise(flow, names)

    def read_line() -> str | None:
        try:
            return input("> ")
        except EOFError:
            return None

    clock = lambda: datetime.now(UTC)  # noqa: E731
    segments = [name.lower() for name in as_]
    rehearse(
        flow, read_line, typer.echo, clock, title=session, language=language, segments=segments
    )


@flows_app.command("list")
def flows_list() -> None:
    """List the installed flows (the shipped ones and those in FLOWS_DIR)."""
    import logging

    from bot.app import installed_flows

    logging.basicConfig(format="%(message)s", level=logging.WARNING)
    for file in sorted(installed_flows(settings()).values(), key=lambda f: f.flow.id):
        flow = file.flow
        speaks = ",".join(flow.languages)
        typer.echo(f"{flow.id}\t{flow.title}\t{len(flow.steps)} steps\t{speaks}\t{file.path}")
