"""pseudonyms and withdrawn proposals

- `cosession.pseudonym_salt`: a random value per session that keys members' pseudonyms in
  exports and reports (sessions made before get one each now);
- `proposal.withdrawn_at`: the author erased their data (/forget); the proposal keeps its
  tallies, not its text.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 15:00:00
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import storage.types


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cosession', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pseudonym_salt', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("UPDATE cosession SET pseudonym_salt = lower(hex(randomblob(16)))")
    else:
        op.execute("UPDATE cosession SET pseudonym_salt = md5(random()::text || clock_timestamp()::text || id::text)")
    with op.batch_alter_table('cosession', schema=None) as batch_op:
        batch_op.alter_column('pseudonym_salt', existing_type=sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False)

    with op.batch_alter_table('proposal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('withdrawn_at', storage.types.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('proposal', schema=None) as batch_op:
        batch_op.drop_column('withdrawn_at')

    with op.batch_alter_table('cosession', schema=None) as batch_op:
        batch_op.drop_column('pseudonym_salt')
