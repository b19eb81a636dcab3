"""join attribution and seeds

- `participation.source` (link, invite, proposal, seed, group), `source_tag` (the
  organisers' tag, e.g. "flyer"), `seed_id`, `landing_kind`/`landing_id` (what the link
  opens after consent) and `activated_at` (consented and answered a question: only then
  does a join count for its inviter). Rows stored before: "invite" where a referrer is
  known, else "link"; activated where they consented and answered.
- `seed`: a proposal or poll seeded through a champion, with the champion's own link code.
- `link_open`: every opening of a session's link, joined or not.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-09 10:00:00
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import storage.types


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('seed',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('champion_id', sa.Integer(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('created_by', sa.BigInteger(), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['champion_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['cosession.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('seed', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seed_champion_id'), ['champion_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_seed_code'), ['code'], unique=True)
        batch_op.create_index(batch_op.f('ix_seed_session_id'), ['session_id'], unique=False)

    op.create_table('link_open',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('source_tag', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('referred_by_id', sa.Integer(), nullable=True),
    sa.Column('seed_id', sa.Integer(), nullable=True),
    sa.Column('opened_at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['referred_by_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['seed_id'], ['seed.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['cosession.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('link_open', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_link_open_session_id'), ['session_id'], unique=False)

    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=16), server_default='link', nullable=False))
        batch_op.add_column(sa.Column('source_tag', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True))
        batch_op.add_column(sa.Column('seed_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('landing_kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True))
        batch_op.add_column(sa.Column('landing_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('activated_at', storage.types.UTCDateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_participation_seed_id'), ['seed_id'], unique=False)
        batch_op.create_foreign_key('fk_participation_seed_id_seed', 'seed', ['seed_id'], ['id'])

    op.execute("UPDATE participation SET source = 'invite' WHERE referred_by_id IS NOT NULL")
    # activated: consented and answered at least one question (the first answer's time)
    op.execute(
        "UPDATE participation SET activated_at = ("
        " SELECT MIN(answer.created_at) FROM answer"
        " WHERE answer.session_id = participation.session_id"
        " AND answer.member_id = participation.member_id)"
        " WHERE consented_at IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.drop_constraint('fk_participation_seed_id_seed', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_participation_seed_id'))
        batch_op.drop_column('activated_at')
        batch_op.drop_column('landing_id')
        batch_op.drop_column('landing_kind')
        batch_op.drop_column('seed_id')
        batch_op.drop_column('source_tag')
        batch_op.drop_column('source')
    with op.batch_alter_table('link_open', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_link_open_session_id'))
    op.drop_table('link_open')
    with op.batch_alter_table('seed', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seed_session_id'))
        batch_op.drop_index(batch_op.f('ix_seed_code'))
        batch_op.drop_index(batch_op.f('ix_seed_champion_id'))
    op.drop_table('seed')
