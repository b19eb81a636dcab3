"""outcomes of proposals

- `outcome`: what became of a proposal (adopted, declined, in_progress, done), its words,
  who recorded it and when; one row each time, the latest is the outcome now.
- `outcome_answer`: a member's answer to "did this change anything for you?" (the button
  and their words), one per member and proposal.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 15:24:18
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import storage.types


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('outcome',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('words', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
    sa.Column('by', sa.BigInteger(), nullable=False),
    sa.Column('told', sa.Integer(), nullable=False),
    sa.Column('at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['cosession.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('outcome', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outcome_proposal_id'), ['proposal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outcome_session_id'), ['session_id'], unique=False)

    op.create_table('outcome_answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('outcome_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('words', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
    sa.Column('words_until', storage.types.UTCDateTime(), nullable=True),
    sa.Column('message_id', sa.BigInteger(), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['outcome_id'], ['outcome.id'], ),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['cosession.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('proposal_id', 'member_id')
    )
    with op.batch_alter_table('outcome_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outcome_answer_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outcome_answer_proposal_id'), ['proposal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outcome_answer_session_id'), ['session_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('outcome_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outcome_answer_session_id'))
        batch_op.drop_index(batch_op.f('ix_outcome_answer_proposal_id'))
        batch_op.drop_index(batch_op.f('ix_outcome_answer_member_id'))

    op.drop_table('outcome_answer')
    with op.batch_alter_table('outcome', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outcome_session_id'))
        batch_op.drop_index(batch_op.f('ix_outcome_proposal_id'))

    op.drop_table('outcome')
