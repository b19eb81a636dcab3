"""transcript: staff rows, and taps by their labels

- `transcript.staff`: a message between the bot and a session's organiser or coordinator
  acting as such (their command, the bot's reply, a file made for them). Kept, never
  exported. Rows stored before are marked as well as can be told afterwards: everything
  in the chat of the session's owner or a team member who did not join it as a member,
  and anyone's staff-only command (/stats, /results, /hide, ...). The bot's replies to a
  team member who also joined as a member cannot be told apart: the exports' name
  scrubbing still hides names in them.
- A tap's row holds the label of the button tapped, not its callback data (kept in
  `meta.data`): rows stored before get the label of the button the bot sent with that
  data on that message, where the queue still has it.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-08 10:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

# the commands only a session's team or an administrator may use, as of this revision
STAFF_COMMANDS = (
    "newsession", "flows", "sessions", "open", "close", "poll", "closepoll", "broadcast",
    "nudge", "hide", "unhide", "linkgroup", "stats", "export", "answers", "results", "team",
    "audit", "grant", "revoke", "themes", "outcome",
)
BATCH = 5000

transcript = sa.table(
    'transcript',
    sa.column('id', sa.Integer), sa.column('session_id', sa.Integer),
    sa.column('chat_id', sa.BigInteger), sa.column('direction', sa.String),
    sa.column('kind', sa.String), sa.column('text', sa.String),
    sa.column('telegram_message_id', sa.BigInteger), sa.column('meta', sa.JSON),
    sa.column('staff', sa.Boolean),
)
cosession = sa.table('cosession', sa.column('id', sa.Integer), sa.column('created_by', sa.BigInteger))
team = sa.table('session_team', sa.column('session_id', sa.Integer), sa.column('telegram_id', sa.BigInteger))
participation = sa.table('participation', sa.column('session_id', sa.Integer), sa.column('member_id', sa.Integer))
member = sa.table('member', sa.column('id', sa.Integer), sa.column('telegram_id', sa.BigInteger))
outbox = sa.table(
    'outbox',
    sa.column('chat_id', sa.BigInteger), sa.column('message_id', sa.BigInteger),
    sa.column('edit_of', sa.BigInteger), sa.column('buttons', sa.JSON),
)


def upgrade() -> None:
    with op.batch_alter_table('transcript', schema=None) as batch_op:
        batch_op.add_column(sa.Column('staff', sa.Boolean(), server_default='0', nullable=False))
    _mark_staff()
    _label_taps()


def _mark_staff() -> None:
    t = transcript
    owner = sa.select(cosession.c.created_by).where(cosession.c.id == t.c.session_id)
    on_team = sa.select(team.c.telegram_id).where(team.c.session_id == t.c.session_id)
    joined = (
        sa.select(sa.literal(1))
        .select_from(participation.join(member, member.c.id == participation.c.member_id))
        .where(participation.c.session_id == t.c.session_id, member.c.telegram_id == t.c.chat_id)
    )
    staff_chat = sa.and_(
        sa.or_(t.c.chat_id.in_(owner.scalar_subquery()), t.c.chat_id.in_(on_team.scalar_subquery())),
        ~sa.exists(joined),
    )
    typed = [
        sa.or_(t.c.text == f"/{name}", t.c.text.like(f"/{name} %"), t.c.text.like(f"/{name}@%"))
        for name in STAFF_COMMANDS
    ]
    staff_command = sa.and_(t.c.direction == 'in', t.c.kind == 'command', sa.or_(*typed))
    op.get_bind().execute(
        sa.update(t)
        .where(t.c.session_id.is_not(None), sa.or_(staff_chat, staff_command))
        .values(staff=True)
    )


def _label_taps() -> None:
    """Each tap's label, from the message the bot sent (or edited) with that data, in
    batches by id."""
    bind, t, last = op.get_bind(), transcript, 0
    carried = sa.and_(
        outbox.c.chat_id == t.c.chat_id,
        sa.or_(outbox.c.message_id == t.c.telegram_message_id, outbox.c.edit_of == t.c.telegram_message_id),
    )
    while True:
        ids = bind.execute(
            sa.select(t.c.id)
            .where(t.c.id > last, t.c.kind == 'button', t.c.direction == 'in',
                   t.c.telegram_message_id.is_not(None))
            .order_by(t.c.id).limit(BATCH)
        ).scalars().all()
        if not ids:
            return
        last = ids[-1]
        found: dict[int, tuple[str, dict]] = {}
        rows = bind.execute(
            sa.select(t.c.id, t.c.text, t.c.meta, outbox.c.buttons)
            .select_from(t.join(outbox, carried))
            .where(t.c.id.in_(ids))
        )
        for id_, data, meta, buttons in rows:
            label = next(
                (b[0] for row in buttons or [] for b in row if len(b) > 1 and b[1] == data), None
            )
            if label is not None and id_ not in found:
                found[id_] = (label, {**(meta or {}), "data": data})
        if found:
            bind.execute(
                sa.update(t).where(t.c.id == sa.bindparam('row_id'))
                .values(text=sa.bindparam('label'), meta=sa.bindparam('new_meta')),
                [{"row_id": i, "label": label, "new_meta": meta} for i, (label, meta) in found.items()],
            )


def downgrade() -> None:
    with op.batch_alter_table('transcript', schema=None) as batch_op:
        batch_op.drop_column('staff')
