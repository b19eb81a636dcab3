"""``python -m botapi_double``: serve the double and act as users from a console."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from typing import TextIO
from urllib.parse import parse_qs, urlsplit

from .double import DEFAULT_TOKEN, BotApiDouble
from .model import BotMessage, CallbackAnswer
from .users import User

HELP = """commands:
  as <user_id> [first name]   act as another user (private chat id == user id)
  tap <button text>           tap an inline button on the latest message showing it
  data <callback data>        send raw callback data
  open <button text | url>    follow a link button (or a link): a share button shows
                              what would be shared; this bot's t.me link sends /start
  sticker | photo | doc       send a sticker, a photo or a document
  block | unblock             block or unblock the bot
  show                        print the current chat
  menu                        the command menu Telegram shows the current user
  pending                     list updates the bot has not confirmed
  help | quit
  anything else               is sent as a text message (a line of only spaces too)

The bot's messages are printed as they come ("bot: ..."), its edits too ("bot (edited
#5): ...", with the message's new text and buttons) and the notice a tap is answered
with ("bot (notice): ..."; "(alert)" for a pop-up)."""


class Console:
    """Line-based console: each line acts as the current user."""

    def __init__(self, api: BotApiDouble, out: TextIO, prompt: bool) -> None:
        self.api = api
        self.out = out
        self.prompt = prompt
        self.user: User = api.user(1001, "Alice", "alice")
        self.lock = threading.Lock()
        api.state.listeners.append(self.on_bot_message)
        api.state.edit_listeners.append(self.on_bot_edit)
        api.state.notice_listeners.append(self.on_notice)

    def say(self, text: str) -> None:
        with self.lock:
            self.out.write(text + "\n")
            self.out.flush()

    def show_prompt(self) -> None:
        if self.prompt:
            with self.lock:
                self.out.write(f"{self.user.info['first_name'].lower()}> ")
                self.out.flush()

    def on_bot_message(self, message: BotMessage) -> None:
        if message.chat.id == self.user.id:
            self.say(render(message))
            self.show_prompt()

    def on_bot_edit(self, message: BotMessage) -> None:
        if message.chat.id == self.user.id:
            self.say(render(message, f"bot (edited #{message.message_id})"))
            self.show_prompt()

    def on_notice(self, answer: CallbackAnswer) -> None:
        if answer.user_id == self.user.id and answer.text:
            kind = "alert" if answer.show_alert else "notice"
            self.say(f"bot ({kind}): {answer.text}")
            self.show_prompt()

    def handle(self, line: str) -> bool:
        """Run one command line; return False to quit."""
        typed = line.rstrip("\r\n")
        if typed and not typed.strip():  # only spaces: sent as they are (to try the bot)
            self.user.says(typed)
            return True
        command, _, rest = line.strip().partition(" ")
        rest = rest.strip()
        user = self.user
        try:
            if not command:
                pass
            elif command in ("quit", "exit"):
                return False
            elif command == "help":
                self.say(HELP)
            elif command == "as" and rest.split()[0].lstrip("-").isdigit():
                user_id, _, name = rest.partition(" ")
                self.user = self.api.user(int(user_id), name.strip() or None)
                self.say(f"now acting as {self.user.info['first_name']} ({self.user.id})")
            elif command == "tap" and rest:
                user.taps(rest)
            elif command == "data" and rest:
                user.taps_data(rest)
            elif command == "open" and rest:
                self.open(rest)
            elif command == "sticker":
                user.sends_sticker()
            elif command == "photo":
                user.sends_photo()
            elif command == "doc":
                user.sends_document(file_name=rest or "notes.txt")
            elif command in ("block", "unblock"):
                (user.blocks_bot if command == "block" else user.unblocks_bot)()
            elif command == "show":
                self.say(self.api.dump(user.id))
            elif command == "menu":
                self.say(self.menu())
            elif command == "pending":
                self.say(", ".join(f"{u.update_id}:{u.kind}" for u in self.api.pending_updates))
            else:
                user.says(line.strip())
        except (AssertionError, IndexError, ValueError) as exc:
            self.say(f"! {exc}")
        return True

    def open(self, what: str) -> None:
        """Follow a link button by its label (or a link typed out): a share page is shown
        (what the friend would get), this bot's link is opened as the current user."""
        url = what if "://" in what else self.user.link_of(what)
        query = parse_qs(urlsplit(url).query)
        if urlsplit(url).path == "/share/url":
            shared = " ".join(query.get("text", []) + query.get("url", []))
            self.say(f"share: {shared}  (open it as someone else with: open {query['url'][0]})")
        elif self.user.opens(url) is None:
            self.say(f"(a link out of Telegram: {url})")

    def menu(self) -> str:
        """The command menu Telegram shows the current user: their own, or the default (in
        their app's language, where one is set for it)."""
        shown = self.api.menu_shown(self.user.id, str(self.user.info.get("language_code", "")))
        where = "their own" if self.api.commands_of(self.user.id) is not None else "the default"
        return f"{where}: " + " ".join(f"/{c['command']}" for c in shown)

    def run(self, stream: TextIO) -> None:
        self.show_prompt()
        for line in stream:
            if not self.handle(line):
                break
            self.show_prompt()


def render(message: BotMessage, who: str = "bot") -> str:
    """A bot message as console text, buttons shown as [label]."""
    body = message.text if message.text is not None else (message.caption or "")
    if message.document:
        body = f"(document {message.document.file_name}, {len(message.document.data)} bytes) {body}"
    if message.photo:
        body = f"(photo, {len(message.photo.data)} bytes) {body}"
    lines = [f"{who}: {body}"]
    lines += ["     " + " ".join(f"[{text}]" for text, _ in row) for row in message.buttons]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m botapi_double", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--username", default="codesign_test_bot")
    parser.add_argument("--enforce-limits", action="store_true")
    parser.add_argument(
        "--console", action="store_true", help="read commands from stdin even if not a terminal"
    )
    args = parser.parse_args(argv)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())  # before anything is printed
    api = BotApiDouble(
        args.token,
        bot_username=args.username,
        host=args.host,
        port=args.port,
        enforce_limits=args.enforce_limits,
    ).start_in_thread()
    print("Bot API double is running. Put these lines in .env:")
    print(f"TELEGRAM_API_BASE_URL={api.base_url}")
    print(f"TELEGRAM_BOT_TOKEN={api.token}", flush=True)
    try:
        if sys.stdin.isatty() or args.console:
            print("type 'help' for commands", flush=True)
            Console(api, sys.stdout, prompt=sys.stdin.isatty()).run(sys.stdin)
        else:
            while not stop.wait(0.5):
                pass
    except KeyboardInterrupt:
        pass
    finally:
        api.stop_thread()
    print("bye", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
