"""own flows

- `own_flow`: a flow file an organiser sent the bot, theirs for /newsession --flow.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 14:00:00
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import storage.types


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('own_flow',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner', sa.BigInteger(), nullable=False),
    sa.Column('flow_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('updated_at', storage.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('owner', 'flow_id')
    )
    with op.batch_alter_table('own_flow', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_own_flow_owner'), ['owner'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('own_flow', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_own_flow_owner'))

    op.drop_table('own_flow')
