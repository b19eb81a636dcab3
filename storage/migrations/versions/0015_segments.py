"""segments: named rules over a session's members

- `segment`: a session's named rule (`dialogs.segments`), kept as written and evaluated
  each time it is used; from the flow's `segments:` block or added by the team.
- `member.segments`, never used (segments are rules over what the bot knows, not tags
  stored on the member), is dropped.
- `ix_answer_session_step`: a segment's tests read one step's current answers of a session.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-11 10:00:00
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import storage.types


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('segment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('rule', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('origin', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('created_by', sa.BigInteger(), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['cosession.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('session_id', 'name')
    )
    with op.batch_alter_table('segment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_segment_session_id'), ['session_id'], unique=False)
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_column('segments')
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.create_index('ix_answer_session_step', ['session_id', 'step_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.drop_index('ix_answer_session_step')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.add_column(sa.Column('segments', sa.JSON(), nullable=False, server_default='[]'))
    with op.batch_alter_table('segment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_segment_session_id'))
    op.drop_table('segment')
