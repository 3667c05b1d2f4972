"""message aliases: a list preview's id names the conversation message that took its place

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 04:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'message_aliases',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('platform', sa.String(length=16), nullable=False),
        sa.Column('external_id', sa.String(length=200), nullable=False),
        sa.Column('message_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['message_id'], ['messages.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('user_id', 'platform', 'external_id'),
    )
    with op.batch_alter_table('message_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_aliases_message_id'), ['message_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_message_aliases_user_id'), ['user_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('message_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_message_aliases_user_id'))
        batch_op.drop_index(batch_op.f('ix_message_aliases_message_id'))
    op.drop_table('message_aliases')
