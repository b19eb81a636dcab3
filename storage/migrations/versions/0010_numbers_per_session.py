"""numbers per session

- `proposal.number`, `poll.number`: what people see, #1 the first of its session; unique
  per session. Existing rows are numbered in the order they were made.
- `cosession.proposals_numbered`, `cosession.polls_numbered`: the last number given.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 15:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

_RANK = (
    "UPDATE {t} SET number = (SELECT count(*) FROM {t} AS earlier "
    "WHERE earlier.session_id = {t}.session_id AND earlier.id <= {t}.id)"
)
_LAST = (
    "UPDATE cosession SET {c} = "
    "(SELECT coalesce(max(number), 0) FROM {t} WHERE {t}.session_id = cosession.id)"
)


def upgrade() -> None:
    for table, counter in (("proposal", "proposals_numbered"), ("poll", "polls_numbered")):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('number', sa.Integer(), nullable=True))
        op.execute(_RANK.format(t=table))
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('number', existing_type=sa.Integer(), nullable=False)
            batch_op.create_unique_constraint(f'uq_{table}_session_id_number', ['session_id', 'number'])
        with op.batch_alter_table('cosession', schema=None) as batch_op:
            batch_op.add_column(sa.Column(counter, sa.Integer(), server_default='0', nullable=False))
        op.execute(_LAST.format(t=table, c=counter))


def downgrade() -> None:
    for table, counter in (("proposal", "proposals_numbered"), ("poll", "polls_numbered")):
        with op.batch_alter_table('cosession', schema=None) as batch_op:
            batch_op.drop_column(counter)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(f'uq_{table}_session_id_number', type_='unique')
            batch_op.drop_column('number')
