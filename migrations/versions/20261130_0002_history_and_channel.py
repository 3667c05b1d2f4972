"""history and channel: what the client saw of a thread, and the site's InMail / Sponsored marks

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 20:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('threads', schema=None) as batch_op:
        batch_op.add_column(sa.Column('history_complete', sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('notes_connection', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('channel', sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_column('channel')
        batch_op.drop_column('notes_connection')
    with op.batch_alter_table('threads', schema=None) as batch_op:
        batch_op.drop_column('history_complete')
