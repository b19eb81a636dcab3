"""indexes for reading a large session

What `storage.reach` reads of a session of 100,000 members (decision 0034, bench/reach.py),
from the indexes alone where it can; each replaces the index it extends (same first
columns), so writes keep three indexes:

- `ix_vote_member_proposal` (member, proposal, time) for `ix_vote_member_id`: each member's
  first vote and how many, in a session (the proposal tells which session);
- `ix_answer_session_member_step` (session, member, step) for `ix_answer_session_member`:
  each member's answers counted, and whether a member answered the step they are at;
- `ix_answer_session_step_current` (session, step, superseded) for `ix_answer_session_step`:
  each step's current answers counted (and a segment's tests find one step's answers).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 22:27:40
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import storage.types


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_answer_session_member'))
        batch_op.drop_index(batch_op.f('ix_answer_session_step'))
        batch_op.create_index('ix_answer_session_member_step', ['session_id', 'member_id', 'step_id'], unique=False)
        batch_op.create_index('ix_answer_session_step_current', ['session_id', 'step_id', 'superseded'], unique=False)

    with op.batch_alter_table('vote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vote_member_id'))
        batch_op.create_index('ix_vote_member_proposal', ['member_id', 'proposal_id', 'created_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('vote', schema=None) as batch_op:
        batch_op.drop_index('ix_vote_member_proposal')
        batch_op.create_index(batch_op.f('ix_vote_member_id'), ['member_id'], unique=False)

    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.drop_index('ix_answer_session_step_current')
        batch_op.drop_index('ix_answer_session_member_step')
        batch_op.create_index(batch_op.f('ix_answer_session_step'), ['session_id', 'step_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_answer_session_member'), ['session_id', 'member_id'], unique=False)
