"""``python -m botapi_double``: prints the .env lines and lets a person act as users."""

import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pytest


class Process:
    """The console in a subprocess, its stdout read line by line with timeouts."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "botapi_double", "--port", "0", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def expect(self, fragment: str, timeout: float = 10.0) -> str:
        seen = []
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"{fragment!r} not printed; got {seen}") from None
            seen.append(line)
            if fragment in line:
                return line

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()


@pytest.fixture
def console() -> Iterator[Process]:
    process = Process("--console", "--token", "42:SECRET")
    yield process
    if process.proc.poll() is None:
        process.proc.kill()
    process.proc.wait(timeout=10)


def test_console_session(console: Process) -> None:
    base_url = console.expect("TELEGRAM_API_BASE_URL=").split("=", 1)[1]
    assert console.expect("TELEGRAM_BOT_TOKEN=") == "TELEGRAM_BOT_TOKEN=42:SECRET"
    api = f"{base_url}42:SECRET"
    console.send("/start GARDEN")
    with httpx.Client(base_url=api, timeout=10) as http:
        (update,) = http.post("/getUpdates", data={"timeout": 5}).json()["result"]
        assert update["message"]["text"] == "/start GARDEN"
        keyboard = '{"inline_keyboard": [[{"text": "Join", "callback_data": "join"}]]}'
        http.post("/sendMessage", data={"chat_id": 1001, "text": "Hi", "reply_markup": keyboard})
        console.expect("bot: Hi")
        assert console.expect("[Join]").strip() == "[Join]"
        console.send("tap Join")
        offset = update["update_id"] + 1
        (tap,) = http.post("/getUpdates", data={"offset": offset, "timeout": 5}).json()["result"]
        assert tap["callback_query"]["data"] == "join"
    assert console.proc.stdin is not None
    console.proc.stdin.close()  # EOF ends the console cleanly
    console.expect("bye")
    assert console.proc.wait(timeout=10) == 0


def test_console_shows_edits_and_notices_as_they_happen_and_sends_spaces(console) -> None:
    base_url = console.expect("TELEGRAM_API_BASE_URL=").split("=", 1)[1]
    with httpx.Client(base_url=f"{base_url}42:SECRET", timeout=10) as http:

        def updates(offset: int = 0) -> list[dict]:
            return http.post("/getUpdates", data={"offset": offset, "timeout": 5}).json()["result"]

        console.send("/start")
        (start,) = updates()
        keyboard = '{"inline_keyboard": [[{"text": "Join", "callback_data": "join"}]]}'
        sent = http.post(
            "/sendMessage", data={"chat_id": 1001, "text": "Pick", "reply_markup": keyboard}
        ).json()["result"]
        console.expect("bot: Pick")
        console.send("tap Join")
        (tap,) = updates(start["update_id"] + 1)
        answer = {"callback_query_id": tap["callback_query"]["id"], "text": "Saved: Join"}
        http.post("/answerCallbackQuery", data=answer)
        assert console.expect("bot (notice)") == "bot (notice): Saved: Join"
        edit = {"chat_id": 1001, "message_id": sent["message_id"], "text": "You joined"}
        http.post("/editMessageText", data=edit)
        edited = console.expect("bot (edited")
        assert edited == f"bot (edited #{sent['message_id']}): You joined"
        console.send("   ")
        (spaces,) = updates(tap["update_id"] + 1)
        assert spaces["message"]["text"] == "   "
        http.post("/setMyCommands", json={"commands": [{"command": "help", "description": "h"}]})
        scope = {"type": "chat", "chat_id": 1001}
        own = [{"command": "poll", "description": "p"}]
        http.post("/setMyCommands", json={"commands": own, "scope": scope})
        console.send("menu")
        assert console.expect("their own") == "their own: /poll"
        console.send("as 1002 Bob")
        console.send("menu")
        assert console.expect("the default") == "the default: /help"


def test_serves_until_terminated_without_a_terminal() -> None:
    process = Process()
    process.expect("TELEGRAM_API_BASE_URL=")
    process.proc.terminate()
    process.expect("bye")
    assert process.proc.wait(timeout=10) == 0


def test_console_opens_link_buttons(console: Process) -> None:
    base_url = console.expect("TELEGRAM_API_BASE_URL=").split("=", 1)[1]
    with httpx.Client(base_url=f"{base_url}42:SECRET", timeout=10) as http:
        console.send("/start")
        (start,) = http.post("/getUpdates", data={"timeout": 5}).json()["result"]
        link = "https://t.me/codesign_test_bot?start=abcd2345-flyer"
        share = f"https://t.me/share/url?url={quote(link, safe='')}&text=Come%20along"
        keyboard = {"inline_keyboard": [[{"text": "Share", "url": share}]]}
        http.post(
            "/sendMessage", json={"chat_id": 1001, "text": "Pass it on", "reply_markup": keyboard}
        )
        console.expect("[Share]")
        console.send("open Share")
        assert console.expect("share:").startswith(f"share: Come along {link}")
        console.send("as 1002 Bob")
        console.send(f"open {link}")
        offset = start["update_id"] + 1
        (opened,) = http.post("/getUpdates", data={"offset": offset, "timeout": 5}).json()["result"]
        assert opened["message"]["text"] == "/start abcd2345-flyer"
        assert opened["message"]["from"]["id"] == 1002
