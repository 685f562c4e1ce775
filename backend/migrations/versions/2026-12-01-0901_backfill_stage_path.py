"""backfill the stage path: history kinds, the stage closed deals closed from, skipped stages

* history rows without a ``from_stage_id`` are the deal's opening (``opened``);
* a closed deal closed from the ``from_stage_id`` of its last history row;
* a deal's skipped stages are the open stages before its current one (before the one
  it closed from) that no history row of it entered.

Revision ID: 7b2e1d3f0a48
Revises: 6a1f0c2d9e37
Create Date: 2026-12-01 09:01:00+00:00
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7b2e1d3f0a48"
down_revision: str | None = "6a1f0c2d9e37"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    bind.execute(
        sa.text("UPDATE opportunity_stage_history SET kind = 'opened' WHERE from_stage_id IS NULL")
    )
    bind.execute(
        sa.text(
            """
            UPDATE opportunities o SET closed_from_stage_id = (
                SELECT h.from_stage_id FROM opportunity_stage_history h
                WHERE h.opportunity_id = o.id AND h.to_stage_id = o.stage_id
                ORDER BY h.moved_at DESC, h.id DESC LIMIT 1
            )
            WHERE o.status <> 'open'
            """
        )
    )
    open_stages: dict[object, list[object]] = {}
    for pipeline_id, stage_id in bind.execute(
        sa.text(
            "SELECT pipeline_id, id FROM pipeline_stages WHERE kind = 'open' "
            "ORDER BY pipeline_id, position"
        )
    ):
        open_stages.setdefault(pipeline_id, []).append(stage_id)
    entered: dict[object, set[object]] = {}
    for deal_id, stage_id in bind.execute(
        sa.text("SELECT opportunity_id, to_stage_id FROM opportunity_stage_history")
    ):
        entered.setdefault(deal_id, set()).add(stage_id)
    deals = bind.execute(
        sa.text(
            "SELECT id, pipeline_id, COALESCE(closed_from_stage_id, stage_id) FROM opportunities"
        )
    ).all()
    for deal_id, pipeline_id, position_stage in deals:
        stages = open_stages.get(pipeline_id, [])
        if position_stage not in stages:
            continue
        before = stages[: stages.index(position_stage)]
        skipped = [str(s) for s in before if s not in entered.get(deal_id, set())]
        if skipped:
            bind.execute(
                sa.text(
                    "UPDATE opportunities SET skipped_stage_ids = CAST(:ids AS json) WHERE id = :id"
                ),
                {"ids": json.dumps(skipped), "id": deal_id},
            )


def downgrade() -> None:
    # The values go with their columns (previous revision).
    pass
