"""languages

- `cosession.languages`: the languages a session offers, its first the default ("en,es");
  empty: all its flow's.
- `answer.language`, `proposal.language`: the member's language when they wrote it.
- `proposal_translation`: a proposal in another language, added by the session's team.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08 10:00:00
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import storage.types


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cosession', schema=None) as batch_op:
        batch_op.add_column(sa.Column('languages', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True))
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True))
    with op.batch_alter_table('proposal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True))
    op.create_table(
        'proposal_translation',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('proposal_id', sa.Integer(), nullable=False),
        sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('text', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column('added_by', sa.BigInteger(), nullable=False),
        sa.Column('added_at', storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], ),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('proposal_id', 'language'),
    )
    with op.batch_alter_table('proposal_translation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposal_translation_proposal_id'), ['proposal_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('proposal_translation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposal_translation_proposal_id'))
    op.drop_table('proposal_translation')
    with op.batch_alter_table('proposal', schema=None) as batch_op:
        batch_op.drop_column('language')
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.drop_column('language')
    with op.batch_alter_table('cosession', schema=None) as batch_op:
        batch_op.drop_column('languages')
