"""Synchronous Bot API methods (everything except getUpdates), run under the state lock."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from typing import Any

from .checks import (
    CAPTION_LIMIT,
    CHAT_ACTIONS,
    COMMAND_RE,
    NOT_MODIFIED,
    TEXT_LIMIT,
    Upload,
    check_markup,
    find_message,
    new_file,
    param_int,
    render,
    reply_to,
    target_chat,
)
from .model import BotMessage, CallbackAnswer, Chat, bad_request
from .state import DoubleState

__all__ = ["METHODS", "scope_key"]

Handler = Callable[[DoubleState, dict[str, Any]], Any]
METHODS: dict[str, Handler] = {}


def method(name: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        METHODS[name.lower()] = func
        return func

    return register


def _store(state: DoubleState, chat: Chat, params: dict[str, Any], **fields: Any) -> dict:
    state.check_limits(params["_method"], chat)
    message = BotMessage(
        chat,
        chat.new_message_id(),
        int(time.time()),
        state.bot_user,
        True,
        reply_markup=check_markup(params.get("reply_markup")),
        reply_to_message_id=reply_to(chat, params),
        parse_mode=params.get("parse_mode"),
        **fields,
    )
    chat.messages.append(message)
    state.emit(message)
    return message.as_dict()


@method("getMe")
def get_me(state: DoubleState, params: dict[str, Any]) -> dict[str, Any]:
    return dict(state.bot_user)


@method("sendMessage")
def send_message(state: DoubleState, params: dict[str, Any]) -> dict[str, Any]:
    chat = target_chat(state, params)
    plain, entities = render(params.get("text"), params, TEXT_LIMIT)
    check_markup(params.get("reply_markup"))
    return _store(state, chat, params, text=plain, html=str(params["text"]), entities=entities)


def _send_file(state: DoubleState, params: dict[str, Any], field: str) -> dict[str, Any]:
    chat = target_chat(state, params)
    caption, entities = (None, [])
    if params.get("caption") is not None:
        caption, entities = render(params["caption"], params, CAPTION_LIMIT, caption=True)
    check_markup(params.get("reply_markup"))
    value = params.get(field)
    if isinstance(value, Upload):
        record = new_file(state, value.data, value.filename, value.mime_type)
    elif isinstance(value, str) and value in state.files:
        record = state.files[value]
    elif isinstance(value, str) and re.match(r"^https?://", value):
        record = new_file(state, b"", value.rsplit("/", 1)[-1] or None, None)
    else:
        raise bad_request("wrong file identifier/HTTP URL specified")
    fields: dict[str, Any] = {field: record}
    if caption is not None:
        fields.update(caption=caption, html=str(params["caption"]), entities=entities)
    return _store(state, chat, params, **fields)


@method("sendDocument")
def send_document(state: DoubleState, params: dict[str, Any]) -> dict[str, Any]:
    return _send_file(state, params, "document")


@method("sendPhoto")
def send_photo(state: DoubleState, params: dict[str, Any]) -> dict[str, Any]:
    return _send_file(state, params, "photo")


def _editable(state: DoubleState, params: dict[str, Any]) -> BotMessage:
    if params.get("inline_message_id"):
        raise bad_request("message to edit not found")
    chat = target_chat(state, params, sending=False)
    message = find_message(chat, param_int(params, "message_id"))
    if message is None:
        raise bad_request("message to edit not found")
    if not message.from_bot:
        raise bad_request("message can't be edited")
    return message


def _apply_edit(message: BotMessage, markup: dict[str, Any] | None, **fields: Any) -> dict:
    same = all(getattr(message, k) == v for k, v in fields.items())
    if same and (message.reply_markup or None) == (markup or None):
        raise bad_request(NOT_MODIFIED)
    if message.html is not None:
        message.edits.append(message.html)
    for key, value in fields.items():
        setattr(message, key, value)
    message.reply_markup = markup
    message.edited = True
    message.edit_date = int(time.time())
    return message.as_dict()


@method("editMessageText")
def edit_message_text(state: DoubleState, params: dict[str, Any]) -> dict[str, Any]:
    plain, entities = render(params.get("text"), params, TEXT_LIMIT)
    markup = check_markup(params.get("reply_markup"))
    message = _editable(state, params)
    if message.text is None:
        raise bad_request("there is no text in the message to edit")
    result = _apply_edit(message, markup, text=plain, entities=entities)
    message.html, message.parse_mode = str(params["text"]), params.get("parse_mode")
    state.emit_edit(message)
    return result


@method("editMessageCaption")
def edit_message_caption(state: DoubleState, params: dict[str, Any]) -> dict[str, Any]:
    caption, entities = render(params.get("caption") or "", params, CAPTION_LIMIT, caption=True)
    markup = check_markup(params.get("reply_markup"))
    message = _editable(state, params)
    result = _apply_edit(message, markup, caption=caption, entities=entities)
    message.html = str(params.get("caption") or "")
    state.emit_edit(message)
    return result


@method("editMessageReplyMarkup")
def edit_message_reply_markup(state: DoubleState, params: dict[str, Any]) -> dict[str, Any]:
    markup = check_markup(params.get("reply_markup"))
    message = _editable(state, params)
    result = _apply_edit(message, markup)
    state.emit_edit(message)
    return result


@method("deleteMessage")
def delete_message(state: DoubleState, params: dict[str, Any]) -> bool:
    chat = target_chat(state, params, sending=False)
    message = find_message(chat, param_int(params, "message_id"))
    if message is None:
        raise bad_request("message to delete not found")
    message.deleted = True
    return True


@method("answerCallbackQuery")
def answer_callback_query(state: DoubleState, params: dict[str, Any]) -> bool:
    query_id = str(params.get("callback_query_id") or "")
    user_id = state.callback_queries.pop(query_id, None)
    if user_id is None:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    text = params.get("text")
    answer = CallbackAnswer(
        query_id, user_id, text, str(params.get("show_alert")).lower() == "true"
    )
    state.callback_answers.append(answer)
    state.emit_notice(answer)
    return True


@method("sendChatAction")
def send_chat_action(state: DoubleState, params: dict[str, Any]) -> bool:
    target_chat(state, params)
    if params.get("action") not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    return True


def scope_key(params: dict[str, Any]) -> str:
    scope = params.get("scope") or {"type": "default"}
    return json.dumps([scope, params.get("language_code") or ""], sort_keys=True)


def _check_scope(state: DoubleState, params: dict[str, Any]) -> None:
    """A chat's scope needs a chat Telegram knows (a user who never wrote to the bot: no)."""
    scope = params.get("scope") or {}
    if isinstance(scope, dict) and str(scope.get("type", "")).startswith("chat"):
        target_chat(state, {"chat_id": scope.get("chat_id")}, sending=False)


@method("setMyCommands")
def set_my_commands(state: DoubleState, params: dict[str, Any]) -> bool:
    commands = params.get("commands") or []
    _check_scope(state, params)
    for command in commands:
        if not COMMAND_RE.match(str(command.get("command", ""))):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
            raise bad_request("command description is empty")
    state.commands[scope_key(params)] = list(commands)
    return True


@method("getMyCommands")
def get_my_commands(state: DoubleState, params: dict[str, Any]) -> list[dict[str, Any]]:
    return state.commands.get(scope_key(params), [])


@method("deleteMyCommands")
def delete_my_commands(state: DoubleState, params: dict[str, Any]) -> bool:
    _check_scope(state, params)
    state.commands.pop(scope_key(params), None)
    return True


@method("deleteWebhook")
def delete_webhook(state: DoubleState, params: dict[str, Any]) -> bool:
    state.webhook_url = ""
    if str(params.get("drop_pending_updates")).lower() == "true":
        state.pending.clear()
        state.changed()
    return True


@method("setWebhook")
def set_webhook(state: DoubleState, params: dict[str, Any]) -> bool:
    state.webhook_url = str(params.get("url") or "")
    return True


@method("getWebhookInfo")
def get_webhook_info(state: DoubleState, params: dict[str, Any]) -> dict[str, Any]:
    return {
        "url": state.webhook_url,
        "has_custom_certificate": False,
        "pending_update_count": len(state.pending),
    }


@method("getChat")
def get_chat(state: DoubleState, params: dict[str, Any]) -> dict[str, Any]:
    chat = target_chat(state, params, sending=False)
    gifts = {"unlimited_gifts": False, "limited_gifts": False, "unique_gifts": False}
    gifts.update(premium_subscription=False, gifts_from_channels=False)
    return {
        **chat.as_dict(),
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": gifts,
    }


@method("getFile")
def get_file(state: DoubleState, params: dict[str, Any]) -> dict[str, Any]:
    record = state.files.get(str(params.get("file_id")))
    if record is None:
        raise bad_request("invalid file_id")
    return {
        "file_id": record.file_id,
        "file_unique_id": record.file_unique_id,
        "file_size": len(record.data),
        "file_path": f"files/{record.file_id}",
    }


@method("close")
@method("logOut")
def close(state: DoubleState, params: dict[str, Any]) -> bool:
    return True
