"""targeting holdouts and pinned proposals

- `targeting`: a nudge or broadcast sent to a segment with a share held out (the seed the
  split was drawn from); `targeting_member`: each member of it, reached or held out.
- `pinned_proposal`: the proposals organisers pinned first in the vote order (`/pin`).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 18:10:00
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import storage.types


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('targeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('lever', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('ref', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('segment', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('percent', sa.Integer(), nullable=False),
    sa.Column('seed', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_by', sa.BigInteger(), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['cosession.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('targeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_targeting_session_id'), ['session_id'], unique=False)

    op.create_table('targeting_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('targeting_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('held_out', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['targeting_id'], ['targeting.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('targeting_id', 'member_id')
    )
    with op.batch_alter_table('targeting_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_targeting_member_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_targeting_member_targeting_id'), ['targeting_id'], unique=False)

    op.create_table('pinned_proposal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['cosession.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('session_id', 'proposal_id')
    )
    with op.batch_alter_table('pinned_proposal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pinned_proposal_session_id'), ['session_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('pinned_proposal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pinned_proposal_session_id'))

    op.drop_table('pinned_proposal')
    with op.batch_alter_table('targeting_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_targeting_member_targeting_id'))
        batch_op.drop_index(batch_op.f('ix_targeting_member_member_id'))

    op.drop_table('targeting_member')
    with op.batch_alter_table('targeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_targeting_session_id'))

    op.drop_table('targeting')
