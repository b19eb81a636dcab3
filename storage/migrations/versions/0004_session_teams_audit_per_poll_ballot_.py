"""session teams, audit, per-poll ballot keys, bot state

- `session_team`: co-organisers and coordinators of a session (its owner is the
  organiser who created it, `cosession.created_by`);
- `audit`: who did what to a session;
- `poll.ballot_key`: an anonymous poll's own random key, destroyed when it closes (polls
  open before this keep the token-derived key until they close); `poll.live_counts`;
- `bot_state`: e.g. the highest update id the bot has forgotten;
- indexes to find what buttons a message the bot sent carries.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 14:01:05.555932
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import storage.types


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('bot_state',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', storage.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('audit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('actor_id', sa.BigInteger(), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['cosession.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_session_id'), ['session_id'], unique=False)

    op.create_table('session_team',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('telegram_id', sa.BigInteger(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('added_by', sa.BigInteger(), nullable=False),
    sa.Column('added_at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['cosession.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('session_id', 'telegram_id')
    )
    with op.batch_alter_table('session_team', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_team_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_team_telegram_id'), ['telegram_id'], unique=False)

    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_message', ['chat_id', 'message_id'], unique=False)
        batch_op.create_index('ix_outbox_edit', ['chat_id', 'edit_of'], unique=False)

    with op.batch_alter_table('poll', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ballot_key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
        batch_op.add_column(sa.Column('live_counts', sa.Boolean(), nullable=False, server_default=sa.true()))



def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_edit')
        batch_op.drop_index('ix_outbox_message')

    with op.batch_alter_table('poll', schema=None) as batch_op:
        batch_op.drop_column('live_counts')
        batch_op.drop_column('ballot_key')

    with op.batch_alter_table('session_team', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_team_telegram_id'))
        batch_op.drop_index(batch_op.f('ix_session_team_session_id'))

    op.drop_table('session_team')
    with op.batch_alter_table('audit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_session_id'))

    op.drop_table('audit')
    op.drop_table('bot_state')
