"""names for coordinators

- `cosession.names_for_coordinators`: an organiser allowed the session's coordinators to
  export members' names (`/team <code> names on`); off for every session until then.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 10:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cosession', schema=None) as batch_op:
        batch_op.add_column(sa.Column('names_for_coordinators', sa.Boolean(), server_default='0', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('cosession', schema=None) as batch_op:
        batch_op.drop_column('names_for_coordinators')
