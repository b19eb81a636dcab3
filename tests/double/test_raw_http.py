"""Error envelopes over raw HTTP: token, unknown method, body encodings."""

import json

import httpx

from botapi_double import BotApiDouble, User


async def test_wrong_token_is_unauthorized(api: BotApiDouble) -> None:
    async with httpx.AsyncClient() as http:
        response = await http.post(f"{api.base_url}999:WRONG/getMe")
    assert response.status_code == 401
    assert response.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}


async def test_unknown_method_is_not_found(api: BotApiDouble) -> None:
    async with httpx.AsyncClient() as http:
        response = await http.post(f"{api.base_url}{api.token}/sendTelepathy")
    assert response.status_code == 404
    assert response.json()["description"] == "Not Found: method not found"


async def test_json_body_and_get_query_are_accepted(api: BotApiDouble, alice: User) -> None:
    url = f"{api.base_url}{api.token}"
    async with httpx.AsyncClient() as http:
        sent = await http.post(f"{url}/sendMessage", json={"chat_id": alice.id, "text": "json"})
        got = await http.get(f"{url}/getMe")
    assert sent.json()["result"]["text"] == "json"
    assert got.json()["result"]["username"] == "codesign_test_bot"
    assert [r.method for r in api.requests] == ["sendMessage", "getMe"]


async def test_a_json_body_takes_a_keyboard_as_an_object_or_as_a_json_string(
    api: BotApiDouble, alice: User
) -> None:
    url = f"{api.base_url}{api.token}/sendMessage"
    keyboard = {"inline_keyboard": [[{"text": "Yes", "callback_data": "y"}]]}
    async with httpx.AsyncClient() as http:
        as_object = await http.post(
            url, json={"chat_id": alice.id, "text": "a", "reply_markup": keyboard}
        )
        as_string = await http.post(
            url, json={"chat_id": alice.id, "text": "b", "reply_markup": json.dumps(keyboard)}
        )
        broken = await http.post(
            url, content=b"{not json", headers={"Content-Type": "application/json"}
        )
    assert as_object.json()["ok"] and as_string.json()["ok"]
    assert [m.buttons for m in alice.messages] == [[[("Yes", "y")]]] * 2
    assert broken.status_code == 400 and not broken.json()["ok"]


async def test_control_api_acts_as_a_user(api: BotApiDouble) -> None:
    async with httpx.AsyncClient(base_url=api.url) as http:
        said = await http.post("/_double/users/1001/says", json={"text": "/start"})
        pending = await http.get("/_double/updates/pending")
        await http.post(f"/bot{api.token}/sendMessage", data={"chat_id": 1001, "text": "hi"})
        messages = await http.get("/_double/chats/1001/messages")
        await http.post("/_double/fail", json={"method": "getMe", "kind": "forbidden"})
        failed = await http.get(f"/bot{api.token}/getMe")
    assert pending.json()[0]["update_id"] == said.json()["update_id"]
    assert [m.get("text") for m in messages.json()] == ["/start", "hi"]
    assert failed.status_code == 403
