"""team invites

- `team_invite`: a one-time link (/team <code> invite <role>) that puts whoever opens it on
  the session's team.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 13:45:00
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import storage.types


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('team_invite',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('created_by', sa.BigInteger(), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('used_by', sa.BigInteger(), nullable=True),
    sa.Column('used_at', storage.types.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['session_id'], ['cosession.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    with op.batch_alter_table('team_invite', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_invite_session_id'), ['session_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('team_invite', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_invite_session_id'))

    op.drop_table('team_invite')
