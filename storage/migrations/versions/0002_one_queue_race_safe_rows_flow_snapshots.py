"""one queue, race-safe rows, flow snapshots

- reprompts become rows of the one outgoing queue (`outbox`), which also carries replies
  and edits (the transactional outbox); the `reprompt` table goes;
- a community's name is unique per organiser (`owner_id`);
- `dialog_state.version` refuses a save made from a stale read;
- `flow_version` keeps the flow text a session opened with (`cosession.flow_hash`).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 12:45:52.115687
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import storage.types


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

_STATES = "CASE r.state WHEN 'claimed' THEN 'expired' ELSE r.state END"


def upgrade() -> None:
    op.create_table('flow_version',
    sa.Column('hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('flow_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('hash')
    )
    with op.batch_alter_table('community', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_id', sa.BigInteger(), nullable=False, server_default='0'))
    op.execute(
        "UPDATE community SET owner_id = COALESCE((SELECT MIN(s.created_by) FROM cosession s "
        "WHERE s.community_id = community.id), 0)"
    )
    with op.batch_alter_table('community', schema=None) as batch_op:
        batch_op.create_unique_constraint('uq_community_owner_id', ['owner_id', 'name'])

    with op.batch_alter_table('cosession', schema=None) as batch_op:
        batch_op.add_column(sa.Column('flow_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
        batch_op.create_foreign_key('fk_cosession_flow_hash', 'flow_version', ['flow_hash'], ['hash'])

    with op.batch_alter_table('dialog_state', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='0'))

    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('step_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
        batch_op.add_column(sa.Column('attempt', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('edit_of', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('meta', sa.JSON(), nullable=False, server_default='{}'))
        batch_op.add_column(sa.Column('priority', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('lease_until', storage.types.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('replied_at', storage.types.UTCDateTime(), nullable=True))
        batch_op.alter_column('text',
               existing_type=sa.VARCHAR(),
               nullable=True)
        batch_op.create_index('ix_outbox_member', ['session_id', 'member_id', 'state'], unique=False)

    # Replies deferred by the old bot already sat in the outbox; they go first now.
    op.execute("UPDATE outbox SET priority = 0 WHERE kind = 'reply'")
    # Held reprompts move into the queue, addressed to the member's private chat.
    empty = "'[]', '{}'" if op.get_bind().dialect.name == "sqlite" else "'[]'::json, '{}'::json"
    op.execute(
        "INSERT INTO outbox (chat_id, session_id, member_id, kind, dedupe_key, step_id, attempt, "
        "text, buttons, meta, priority, state, attempts, not_before, claimed_at, sent_at, "
        "replied_at, created_at) "
        "SELECT m.telegram_id, r.session_id, r.member_id, r.kind, "
        "r.kind || ':' || r.session_id || ':' || r.member_id || ':' || r.step_id || ':' "
        "|| r.attempt, r.step_id, r.attempt, r.text, " + empty + ", 1, " + _STATES + ", "
        "CASE WHEN r.sent_at IS NULL THEN 0 ELSE 1 END, r.due_at, r.claimed_at, r.sent_at, "
        "r.replied_at, r.created_at FROM reprompt r JOIN member m ON m.id = r.member_id"
    )
    with op.batch_alter_table('reprompt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reprompt_due'))
        batch_op.drop_index(batch_op.f('ix_reprompt_member_id'))
        batch_op.drop_index(batch_op.f('ix_reprompt_session_id'))
    op.drop_table('reprompt')


def downgrade() -> None:
    op.create_table('reprompt',
    sa.Column('id', sa.INTEGER(), nullable=False),
    sa.Column('session_id', sa.INTEGER(), nullable=False),
    sa.Column('member_id', sa.INTEGER(), nullable=False),
    sa.Column('step_id', sa.VARCHAR(length=64), nullable=False),
    sa.Column('kind', sa.VARCHAR(length=16), nullable=False),
    sa.Column('attempt', sa.INTEGER(), nullable=False),
    sa.Column('due_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('state', sa.VARCHAR(length=16), nullable=False),
    sa.Column('text', sa.VARCHAR(), nullable=True),
    sa.Column('claimed_at', storage.types.UTCDateTime(), nullable=True),
    sa.Column('sent_at', storage.types.UTCDateTime(), nullable=True),
    sa.Column('replied_at', storage.types.UTCDateTime(), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['cosession.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('session_id', 'member_id', 'step_id', 'kind', 'attempt')
    )
    with op.batch_alter_table('reprompt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reprompt_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reprompt_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reprompt_due'), ['state', 'due_at'], unique=False)
    op.execute(
        "INSERT INTO reprompt (session_id, member_id, step_id, kind, attempt, due_at, state, "
        "text, claimed_at, sent_at, replied_at, created_at) "
        "SELECT session_id, member_id, step_id, kind, attempt, not_before, "
        "CASE state WHEN 'expired' THEN 'failed' WHEN 'skipped' THEN 'cancelled' ELSE state END, "
        "text, claimed_at, sent_at, replied_at, created_at FROM outbox "
        "WHERE kind IN ('reminder', 'followup', 'elaboration', 'champion')"
    )
    op.execute(
        "DELETE FROM outbox WHERE kind IN ('reminder', 'followup', 'elaboration', 'champion', 'edit')"
    )
    op.execute("UPDATE outbox SET text = '' WHERE text IS NULL")
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_member')
        batch_op.alter_column('text',
               existing_type=sa.VARCHAR(),
               nullable=False)
        batch_op.drop_column('replied_at')
        batch_op.drop_column('lease_until')
        batch_op.drop_column('priority')
        batch_op.drop_column('meta')
        batch_op.drop_column('edit_of')
        batch_op.drop_column('attempt')
        batch_op.drop_column('step_id')

    with op.batch_alter_table('dialog_state', schema=None) as batch_op:
        batch_op.drop_column('version')

    with op.batch_alter_table('cosession', schema=None) as batch_op:
        batch_op.drop_constraint('fk_cosession_flow_hash', type_='foreignkey')
        batch_op.drop_column('flow_hash')

    with op.batch_alter_table('community', schema=None) as batch_op:
        batch_op.drop_constraint('uq_community_owner_id', type_='unique')
        batch_op.drop_column('owner_id')

    op.drop_table('flow_version')
