"""an update claimed by the transcript row of the message it brought

A turn claimed its update with a row of its own in `processed_update`, a statement in
every turn. The message it received joins the transcript in that turn anyway: its row now
carries the update's id, unique, and is the claim (`storage.transcript`); a second
delivery of the update cannot commit. `processed_update` keeps the claims of updates that
leave no transcript row (a group's anonymous ballot, an erasure) and of those whose rows
were deleted (issue 22).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04 18:10:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('transcript', schema=None) as batch_op:
        batch_op.add_column(sa.Column('update_id', sa.BigInteger(), nullable=True))
        batch_op.create_index('ux_transcript_update_id', ['update_id'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('transcript', schema=None) as batch_op:
        batch_op.drop_index('ux_transcript_update_id')
        batch_op.drop_column('update_id')
