"""The pure core: flow files, their validation, the dialog engine, sentiment.

No telegram, no database, no clock reads. `bot` and `storage` import this; never the reverse.
"""

from dialogs.engine import current_question, handle, start
from dialogs.errors import FlowError, FlowValidationError
from dialogs.loader import check_flow_files, default_flows_dir, load_flow, load_flows, parse_flow
from dialogs.models import Flow
from dialogs.sentiment import Sentiment, analyse, classify
from dialogs.state import (
    Answer,
    Button,
    ButtonEvent,
    CommandEvent,
    DialogState,
    Outcome,
    Reply,
    StartEvent,
    TextEvent,
    UnsupportedEvent,
)

__all__ = [
    "Answer",
    "Button",
    "ButtonEvent",
    "CommandEvent",
    "DialogState",
    "Flow",
    "FlowError",
    "FlowValidationError",
    "Outcome",
    "Reply",
    "Sentiment",
    "StartEvent",
    "TextEvent",
    "UnsupportedEvent",
    "analyse",
    "check_flow_files",
    "classify",
    "current_question",
    "default_flows_dir",
    "handle",
    "load_flow",
    "load_flows",
    "parse_flow",
    "start",
]
