"""The `codesign` command line: run the bot, migrate, check and rehearse flows, grant roles,
and export, count and report a session."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path

import typer

from bot.settings import SettingsError, load_settings
from dialogs.placeholders import SAMPLE

app = typer.Typer(help="Participatory co-design bot for Telegram.", no_args_is_help=True)
db_app = typer.Typer(help="Database commands.", no_args_is_help=True)
flows_app = typer.Typer(help="Flow files: check and rehearse.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(flows_app, name="flows")


def _settings():  # type: ignore[no-untyped-def]
    try:
        return load_settings()
    except SettingsError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


@app.command()
def run() -> None:
    """Run the bot: long polling, or a webhook when WEBHOOK_URL is set."""
    settings = _settings()
    try:
        settings.token()
    except SettingsError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    from bot.logs import setup_logging

    setup_logging(settings.log_level, settings.token())
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(settings))


async def _serve(settings) -> None:  # type: ignore[no-untyped-def]
    from telegram.error import InvalidToken

    from bot.app import BotRunner, make_deps
    from bot.webhook import serve_webhook

    runner = BotRunner(make_deps(settings))
    try:
        await runner.start()
    except InvalidToken:
        typer.echo("error: TELEGRAM_BOT_TOKEN was refused by the Bot API server.", err=True)
        raise typer.Exit(2) from None
    site = await serve_webhook(runner) if settings.webhook_url else None
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    waiter = asyncio.create_task(runner.wait())
    await asyncio.wait(
        [waiter, asyncio.create_task(stop.wait())], return_when=asyncio.FIRST_COMPLETED
    )
    runner.stopping = True  # new webhook requests get 503: Telegram delivers them again
    if site is not None:
        await site.cleanup()  # waits for the requests in hand
    waiter.cancel()
    await runner.stop()


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply every database migration not yet applied."""
    from storage.db import Database

    settings = _settings()
    Database(settings.database_url).upgrade()
    typer.echo("database is up to date")


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
) -> None:
    """Rehearse a flow in the terminal, without Telegram."""
    from dialogs import FlowValidationError, load_flow
    from dialogs.placeholders import personalise
    from dialogs.rehearse import rehearse

    try:
        flow = load_flow(file)
    except FlowValidationError as exc:
        for problem in exc.errors:
            typer.echo(str(problem), err=True)
        raise typer.Exit(1) from None
    names = {"session": session, "community": community, "organiser": organiser}
    flow = personalise(flow, names)

    def read_line() -> str | None:
        try:
            return input("> ")
        except EOFError:
            return None

    rehearse(flow, read_line, typer.echo, lambda: datetime.now(UTC))


@flows_app.command("list")
def flows_list() -> None:
    """List the installed flows (the shipped ones and those in FLOWS_DIR)."""
    import logging

    from bot.app import installed_flows

    logging.basicConfig(format="%(message)s", level=logging.WARNING)
    for file in sorted(installed_flows(_settings()).values(), key=lambda f: f.flow.id):
        flow = file.flow
        typer.echo(f"{flow.id}\t{flow.title}\t{len(flow.steps)} steps\t{file.path}")


@app.command()
def grant(user_id: int, role: str) -> None:
    """Give a Telegram user id the organiser or coordinator role."""
    _roles("grant", f"{user_id} {role}")


@app.command()
def revoke(user_id: int, role: str) -> None:
    """Take the organiser or coordinator role back from a Telegram user id."""
    _roles("revoke", f"{user_id} {role}")


def _roles(action: str, args: str) -> None:
    """The server's operator acts as an administrator; the same use case as in Telegram."""
    from bot.app import make_deps
    from usecases import team
    from usecases.context import SYSTEM

    d = make_deps(_settings())
    with d.run(SYSTEM) as call:
        done = getattr(team, action)(call.ctx, args)
    for out in call.ctx.outs:
        typer.echo(out.text, err=not done)
    raise typer.Exit(0 if done else 2)


def _reports() -> None:
    """`codesign export`, `stats` and `report` (bot/cli_reports.py)."""
    from bot import cli_reports

    for command in (cli_reports.export, cli_reports.stats, cli_reports.report):
        app.command()(command)


_reports()


def main() -> None:
    # numpy's BLAS threads cost more than they give on the bot's small matrices (opinion
    # groups of 2,000 members on 200 proposals: 0.9 s on one thread, 2.3 s on two cores'
    # worth); numpy reads this when it is first imported, which is after this line.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    app(prog_name="codesign")


if __name__ == "__main__":
    sys.exit(main())
