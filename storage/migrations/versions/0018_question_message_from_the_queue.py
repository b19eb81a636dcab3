"""which message asked a question: read from the queue, not kept on the dialog

`dialog_state.question_chat_id` and `question_message_id` were written each time the sender
recorded a question's send: a statement more in the turn that recorded it, and a new
version of the member's dialog row, which sent a turn that had read it before back to read
it again. The queue's row of a question says it is one (`meta`) and has the message's id
once sent, so `storage.outcomes.asked_since` reads it there (issue 22).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04 16:10:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('dialog_state', schema=None) as batch_op:
        batch_op.drop_column('question_message_id')
        batch_op.drop_column('question_chat_id')


def downgrade() -> None:
    with op.batch_alter_table('dialog_state', schema=None) as batch_op:
        batch_op.add_column(sa.Column('question_chat_id', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('question_message_id', sa.BigInteger(), nullable=True))
