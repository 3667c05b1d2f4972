"""party aliases: an X account id and a handle of one person; X thread ids in one form (x-<conversation id>)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 03:30:00
"""
import re

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'party_aliases',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('platform', sa.String(length=16), nullable=False),
        sa.Column('external_id', sa.String(length=200), nullable=False),
        sa.Column('party_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['party_id'], ['parties.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('user_id', 'platform', 'external_id'),
    )
    with op.batch_alter_table('party_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_party_aliases_party_id'), ['party_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_party_aliases_user_id'), ['user_id'], unique=False)
    # Threads stored from X pages before: "<id>-<id>" becomes "x-<id>-<id>" (the archive's form), unless both exist.
    bind = op.get_bind()
    rows = bind.execute(sa.text("select id, user_id, external_id from threads where platform = 'x'")).fetchall()
    taken = {(user_id, external_id) for _, user_id, external_id in rows}
    for row_id, user_id, external_id in rows:
        if re.fullmatch(r"\d+(-\d+)?", external_id) and (user_id, "x-" + external_id) not in taken:
            bind.execute(sa.text("update threads set external_id = :new where id = :id"), {"new": "x-" + external_id, "id": row_id})


def downgrade() -> None:
    with op.batch_alter_table('party_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_party_aliases_user_id'))
        batch_op.drop_index(batch_op.f('ix_party_aliases_party_id'))
    op.drop_table('party_aliases')
