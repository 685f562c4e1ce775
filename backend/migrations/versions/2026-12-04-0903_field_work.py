"""field work: duty days, location pings, visits, visit reports, to-dos (issue 13)

Duty days (at most one open per user: a partial unique index), location pings (the
phone's id as primary key, so a re-sent ping is stored once; the (user_id,
recorded_at) index serves the latest position and one engineer's day), visits with
their check-in proof and flags, visit reports (one per visit) and personal to-dos in
a manual order.

Revision ID: 5d1e7a2c9b40
Revises: 5c8e2f7a9b14
Create Date: 2026-12-04 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "5d1e7a2c9b40"
down_revision: str | None = "5c8e2f7a9b14"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "duty_days",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("start_latitude", sa.Float(), nullable=False),
        sa.Column("start_longitude", sa.Float(), nullable=False),
        sa.Column("start_accuracy_m", sa.Float(), nullable=True),
        sa.Column("start_odometer_km", sa.Numeric(precision=10, scale=1), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("end_latitude", sa.Float(), nullable=True),
        sa.Column("end_longitude", sa.Float(), nullable=True),
        sa.Column("end_accuracy_m", sa.Float(), nullable=True),
        sa.Column("end_odometer_km", sa.Numeric(precision=10, scale=1), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_duty_days_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duty_days")),
    )
    op.create_index("ix_duty_days_started_at_id", "duty_days", ["started_at", "id"], unique=False)
    op.create_index(
        "ix_duty_days_user_id_started_at_id",
        "duty_days",
        ["user_id", "started_at", "id"],
        unique=False,
    )
    op.create_index(
        "uq_duty_days_open_per_user",
        "duty_days",
        ["user_id"],
        unique=True,
        postgresql_where=sa.text("ended_at IS NULL"),
    )
    op.create_table(
        "location_pings",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=False),
        sa.Column("longitude", sa.Float(), nullable=False),
        sa.Column("accuracy_m", sa.Float(), nullable=True),
        sa.Column("speed_mps", sa.Float(), nullable=True),
        sa.Column("battery_pct", sa.SmallInteger(), nullable=True),
        sa.Column("is_mock", sa.Boolean(), nullable=False),
        sa.Column(
            "event",
            sa.Enum(
                "periodic",
                "check_in",
                "check_out",
                "quote",
                "order",
                "expense",
                "lead",
                name="pingevent",
                native_enum=False,
                length=17,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_location_pings_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_location_pings")),
    )
    op.create_index(
        "ix_location_pings_user_id_recorded_at",
        "location_pings",
        ["user_id", "recorded_at"],
        unique=False,
    )
    op.create_table(
        "visits",
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "checked_in",
                "completed",
                "cancelled",
                name="visitstatus",
                native_enum=False,
                length=18,
            ),
            nullable=False,
        ),
        sa.Column("planned_date", sa.Date(), nullable=False),
        sa.Column("route_position", sa.Integer(), nullable=False),
        sa.Column("is_planned", sa.Boolean(), nullable=False),
        sa.Column("purpose", sa.String(length=300), nullable=True),
        sa.Column("checked_in_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("check_in_latitude", sa.Float(), nullable=True),
        sa.Column("check_in_longitude", sa.Float(), nullable=True),
        sa.Column("check_in_accuracy_m", sa.Float(), nullable=True),
        sa.Column("check_in_distance_m", sa.Float(), nullable=True),
        sa.Column("is_outside_radius", sa.Boolean(), nullable=False),
        sa.Column("is_poor_accuracy", sa.Boolean(), nullable=False),
        sa.Column("is_mock_location", sa.Boolean(), nullable=False),
        sa.Column("checked_out_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("check_out_latitude", sa.Float(), nullable=True),
        sa.Column("check_out_longitude", sa.Float(), nullable=True),
        sa.Column("check_out_accuracy_m", sa.Float(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_visits_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_visits_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_visits_owner_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visits")),
    )
    op.create_index("ix_visits_created_at_id", "visits", ["created_at", "id"], unique=False)
    op.create_index(op.f("ix_visits_customer_id"), "visits", ["customer_id"], unique=False)
    op.create_index(
        "ix_visits_owner_id_planned_date_route_position",
        "visits",
        ["owner_id", "planned_date", "route_position", "id"],
        unique=False,
    )
    op.create_index("ix_visits_planned_date_id", "visits", ["planned_date", "id"], unique=False)
    op.create_index("ix_visits_route_position_id", "visits", ["route_position", "id"], unique=False)
    op.create_table(
        "todos",
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column(
            "priority",
            sa.Enum("low", "normal", "high", name="todopriority", native_enum=False, length=14),
            nullable=False,
        ),
        sa.Column("is_done", sa.Boolean(), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("lead_id", sa.Uuid(), nullable=True),
        sa.Column("opportunity_id", sa.Uuid(), nullable=True),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_todos_customer_id_customers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["lead_id"], ["leads.id"], name=op.f("fk_todos_lead_id_leads"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_todos_opportunity_id_opportunities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_todos_owner_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_todos")),
    )
    op.create_index(op.f("ix_todos_customer_id"), "todos", ["customer_id"], unique=False)
    op.create_index(op.f("ix_todos_lead_id"), "todos", ["lead_id"], unique=False)
    op.create_index(op.f("ix_todos_opportunity_id"), "todos", ["opportunity_id"], unique=False)
    op.create_index(
        "ix_todos_owner_id_created_at_id", "todos", ["owner_id", "created_at", "id"], unique=False
    )
    op.create_index(
        "ix_todos_owner_id_due_date_id", "todos", ["owner_id", "due_date", "id"], unique=False
    )
    op.create_index(
        "ix_todos_owner_id_position_id", "todos", ["owner_id", "position", "id"], unique=False
    )
    op.create_table(
        "visit_reports",
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("purpose", sa.String(length=300), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("contacts_met", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("products_discussed", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=True),
        sa.Column("next_visit_date", sa.Date(), nullable=True),
        sa.Column("follow_up_activity_id", sa.Uuid(), nullable=True),
        sa.Column("follow_up_todo_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_visit_reports_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["follow_up_activity_id"],
            ["activities.id"],
            name=op.f("fk_visit_reports_follow_up_activity_id_activities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["follow_up_todo_id"],
            ["todos.id"],
            name=op.f("fk_visit_reports_follow_up_todo_id_todos"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_visit_reports_owner_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visits.id"],
            name=op.f("fk_visit_reports_visit_id_visits"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_reports")),
        sa.UniqueConstraint("visit_id", name=op.f("uq_visit_reports_visit_id")),
    )
    op.create_index(
        op.f("ix_visit_reports_customer_id"), "visit_reports", ["customer_id"], unique=False
    )
    op.create_index(op.f("ix_visit_reports_owner_id"), "visit_reports", ["owner_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_visit_reports_owner_id"), table_name="visit_reports")
    op.drop_index(op.f("ix_visit_reports_customer_id"), table_name="visit_reports")
    op.drop_table("visit_reports")
    op.drop_index("ix_todos_owner_id_position_id", table_name="todos")
    op.drop_index("ix_todos_owner_id_due_date_id", table_name="todos")
    op.drop_index("ix_todos_owner_id_created_at_id", table_name="todos")
    op.drop_index(op.f("ix_todos_opportunity_id"), table_name="todos")
    op.drop_index(op.f("ix_todos_lead_id"), table_name="todos")
    op.drop_index(op.f("ix_todos_customer_id"), table_name="todos")
    op.drop_table("todos")
    op.drop_index("ix_visits_route_position_id", table_name="visits")
    op.drop_index("ix_visits_planned_date_id", table_name="visits")
    op.drop_index("ix_visits_owner_id_planned_date_route_position", table_name="visits")
    op.drop_index(op.f("ix_visits_customer_id"), table_name="visits")
    op.drop_index("ix_visits_created_at_id", table_name="visits")
    op.drop_table("visits")
    op.drop_index("ix_location_pings_user_id_recorded_at", table_name="location_pings")
    op.drop_table("location_pings")
    op.drop_index(
        "uq_duty_days_open_per_user",
        table_name="duty_days",
        postgresql_where=sa.text("ended_at IS NULL"),
    )
    op.drop_index("ix_duty_days_user_id_started_at_id", table_name="duty_days")
    op.drop_index("ix_duty_days_started_at_id", table_name="duty_days")
    op.drop_table("duty_days")
