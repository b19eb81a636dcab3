"""referral codes per session

- `participation.ref_code`: a member's referral code in one session (their invitation link
  `/start <join code>-<ref code>`), drawn afresh for each participation, existing ones too;
- `member.ref_code` goes: one code for every session put the same string in every
  session's export, linking a member's pseudonyms across sessions (issue 18). Links sent
  before still join their session; they credit nobody.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 13:50:38
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

from storage.codes import REF_CODE_LENGTH, new_code


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def _draw(table: str) -> None:
    """A fresh, distinct code for every row of `table`."""
    bind = op.get_bind()
    ids = [i for (i,) in bind.execute(sa.text(f"SELECT id FROM {table}"))]
    codes: set[str] = set()
    while len(codes) < len(ids):
        codes.add(new_code(REF_CODE_LENGTH))
    if ids:
        bind.execute(
            sa.text(f"UPDATE {table} SET ref_code = :code WHERE id = :id"),
            [{"id": i, "code": c} for i, c in zip(ids, sorted(codes))],
        )


def upgrade() -> None:
    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ref_code', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True))
    _draw('participation')
    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.alter_column('ref_code', existing_type=sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False)
        batch_op.create_index(batch_op.f('ix_participation_ref_code'), ['ref_code'], unique=True)

    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_ref_code'))
        batch_op.drop_column('ref_code')


def downgrade() -> None:
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ref_code', sa.VARCHAR(length=16), nullable=True))
    _draw('member')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.alter_column('ref_code', existing_type=sa.VARCHAR(length=16), nullable=False)
        batch_op.create_index(batch_op.f('ix_member_ref_code'), ['ref_code'], unique=True)

    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participation_ref_code'))
        batch_op.drop_column('ref_code')
