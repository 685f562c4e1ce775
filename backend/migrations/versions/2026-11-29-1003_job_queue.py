"""the job queue: procrastinate's schema (procrastinate 3.10)

The SQL is procrastinate's own, taken from the pinned package. Upgrading procrastinate
means a new revision that runs its migration files since this version (they ship in
``procrastinate/sql/migrations``); docs/decisions/0010-background-jobs.md.

Revision ID: a4b8d3e6f154
Revises: 9e3a7c2b5d43
Create Date: 2026-11-29 10:03:00+00:00
"""

from collections.abc import Sequence

from alembic import op
from procrastinate.schema import SchemaManager
from sqlalchemy.util import await_only

revision: str = "a4b8d3e6f154"
down_revision: str | None = "9e3a7c2b5d43"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _run_script(sql: str) -> None:
    """A multi-statement script goes to the driver as one simple query (asyncpg would
    otherwise prepare it statement by statement)."""
    raw = op.get_bind().connection.dbapi_connection
    assert raw is not None
    await_only(raw.driver_connection.execute(sql))  # type: ignore[union-attr]


def upgrade() -> None:
    _run_script(SchemaManager.get_schema())


def downgrade() -> None:
    _run_script(
        """
        DROP TABLE IF EXISTS procrastinate_periodic_defers, procrastinate_events,
            procrastinate_jobs, procrastinate_workers CASCADE;
        DROP FUNCTION IF EXISTS
            procrastinate_defer_jobs_v1, procrastinate_defer_periodic_job_v2,
            procrastinate_fetch_job_v2, procrastinate_finish_job_v1,
            procrastinate_cancel_job_v1, procrastinate_retry_job_v1,
            procrastinate_retry_job_v2, procrastinate_notify_queue_job_inserted_v1,
            procrastinate_notify_queue_abort_job_v1, procrastinate_trigger_function_status_events_insert_v1,
            procrastinate_trigger_function_status_events_update_v1,
            procrastinate_trigger_function_scheduled_events_v1,
            procrastinate_trigger_abort_requested_events_procedure_v1,
            procrastinate_unlink_periodic_defers_v1, procrastinate_register_worker_v1,
            procrastinate_unregister_worker_v1, procrastinate_update_heartbeat_v1,
            procrastinate_prune_stalled_workers_v1 CASCADE;
        DROP TYPE IF EXISTS procrastinate_job_status, procrastinate_job_event_type,
            procrastinate_job_to_defer_v1 CASCADE;
        """
    )
