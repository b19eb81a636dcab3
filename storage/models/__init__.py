"""All tables; importing this module registers them on SQLModel.metadata."""

from storage.models.deliberation import (
    VOTE_VALUES,
    Ballot,
    Feedback,
    Poll,
    PollOption,
    Proposal,
    Vote,
)
from storage.models.outbox import (
    AT_MOST_ONCE_KINDS,
    BACKGROUND_KINDS,
    OUTBOX_STATES,
    PRIORITY_BACKGROUND,
    PRIORITY_REPLY,
    QUEUE_KINDS,
    REPROMPT_KINDS,
    AdminForm,
    Outbox,
)
from storage.models.people import ROLES, Community, Member, RoleGrant
from storage.models.sessions import (
    SESSION_STATUSES,
    Answer,
    CoSession,
    DialogStateRow,
    FlowVersion,
    Participation,
    ProcessedUpdate,
    TranscriptMessage,
)

__all__ = [
    "AT_MOST_ONCE_KINDS",
    "BACKGROUND_KINDS",
    "OUTBOX_STATES",
    "PRIORITY_BACKGROUND",
    "PRIORITY_REPLY",
    "QUEUE_KINDS",
    "REPROMPT_KINDS",
    "ROLES",
    "SESSION_STATUSES",
    "VOTE_VALUES",
    "AdminForm",
    "Answer",
    "Ballot",
    "CoSession",
    "Community",
    "DialogStateRow",
    "Feedback",
    "FlowVersion",
    "Member",
    "Outbox",
    "Participation",
    "Poll",
    "PollOption",
    "ProcessedUpdate",
    "Proposal",
    "RoleGrant",
    "TranscriptMessage",
    "Vote",
]
