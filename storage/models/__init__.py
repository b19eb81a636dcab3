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
from storage.models.engagement import REPROMPT_KINDS, REPROMPT_STATES, Reprompt
from storage.models.outbox import OUTBOX_STATES, AdminForm, Outbox
from storage.models.people import ROLES, Community, Member, RoleGrant
from storage.models.sessions import (
    SESSION_STATUSES,
    Answer,
    CoSession,
    DialogStateRow,
    Participation,
    ProcessedUpdate,
    TranscriptMessage,
)

__all__ = [
    "OUTBOX_STATES",
    "REPROMPT_KINDS",
    "REPROMPT_STATES",
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
    "Member",
    "Outbox",
    "Participation",
    "Poll",
    "PollOption",
    "ProcessedUpdate",
    "Proposal",
    "Reprompt",
    "RoleGrant",
    "TranscriptMessage",
    "Vote",
]
