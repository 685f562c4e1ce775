"""Every query of the targets domain. A target's attainment is read with it, in the same
statement: correlated sums over the documents of its subject and period (each an
indexed range of one subject's orders or visits), so a page of targets is one query."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Numeric, Select, case, cast, func, literal, or_

from app.core.money import decimal_sql
from app.core.pagination import SortOptions
from app.core.reads import ReadModel
from app.core.repository import ScopedRepository
from app.sales_orders import service as sales_orders
from app.targets.errors import TargetExists, TargetNotFound
from app.targets.models import Target, TargetSubject
from app.targets.schemas import TargetRead
from app.users import service as users
from app.visits import service as visits

TARGET_SORT = SortOptions("-period_start", period_start=Target.period_start)
SPAN = {"start": Target.period_start, "end": Target.period_end}


def _members() -> Any:
    # Correlated to the target two levels up (inside the orders' subquery).
    return users.member_ids_of_team(Target.team_id).correlate(Target)


def _sold_by(owner_id: Any, territory_id: Any) -> Any:
    """An order counts for the target's engineer (its owner), team (an owner who is a
    member now) or territory (the order's)."""
    return or_(
        owner_id == Target.engineer_id,
        owner_id.in_(_members()),
        territory_id == Target.territory_id,
    )


def _made_by(owner_id: Any) -> Any:
    return or_(owner_id == Target.engineer_id, owner_id.in_(_members()))


def _percent(actual: Any, goal: Any) -> Any:
    """actual / goal in percent, one decimal; null without a goal (or a zero one)."""
    ratio = cast(actual, Numeric) * 100 / func.nullif(cast(goal, Numeric), 0)
    return decimal_sql(func.round(ratio, 1))


REVENUE_ACTUAL = sales_orders.booked_sum(
    "value", currency=Target.currency, sold_by=_sold_by, **SPAN
)
QUANTITY_ACTUAL = case(
    (
        Target.quantity.is_not(None),
        sales_orders.booked_sum("quantity", currency=Target.currency, sold_by=_sold_by, **SPAN),
    )
)
VISITS_ACTUAL = case((Target.visits.is_not(None), visits.done_count(made_by=_made_by, **SPAN)))
SUBJECT = case(
    (Target.engineer_id.is_not(None), literal(TargetSubject.ENGINEER.value)),
    (Target.team_id.is_not(None), literal(TargetSubject.TEAM.value)),
    else_=literal(TargetSubject.TERRITORY.value),
)

TARGET_READ = ReadModel(
    Target,
    TargetRead,
    fields={
        "subject": SUBJECT,
        "subject_name": lambda principal: func.coalesce(
            users.user_name_of(principal, Target.engineer_id).correlate(Target),
            users.team_name_of(Target.team_id).correlate(Target),
            users.territory_name_of(Target.territory_id).correlate(Target),
        ),
        "quantity": decimal_sql(Target.quantity),
        "revenue_actual": REVENUE_ACTUAL,
        "revenue_percent": _percent(REVENUE_ACTUAL, Target.revenue),
        "quantity_actual": decimal_sql(QUANTITY_ACTUAL),
        "quantity_percent": _percent(QUANTITY_ACTUAL, Target.quantity),
        "visits_actual": VISITS_ACTUAL,
        "visits_percent": _percent(VISITS_ACTUAL, Target.visits),
    },
    amounts=("revenue", "revenue_actual"),
)


class TargetRepository(ScopedRepository[Target]):
    model = Target
    not_found = TargetNotFound
    unique_conflicts = {"uq_targets_subject_period": TargetExists}

    def filtered(
        self,
        *,
        period: Any = None,
        subject: TargetSubject | None = None,
        engineer_id: Any = None,
        team_id: Any = None,
        territory_id: Any = None,
        on: date | None = None,
    ) -> Select[Target]:
        stmt = self.scoped()
        for column, value in (
            (Target.period, period),
            (Target.engineer_id, engineer_id),
            (Target.team_id, team_id),
            (Target.territory_id, territory_id),
        ):
            if value is not None:
                stmt = stmt.where(column == value)
        if subject is not None:
            column = {
                TargetSubject.ENGINEER: Target.engineer_id,
                TargetSubject.TEAM: Target.team_id,
                TargetSubject.TERRITORY: Target.territory_id,
            }[subject]
            stmt = stmt.where(column.is_not(None))
        if on is not None:
            stmt = stmt.where(Target.period_start <= on, Target.period_end >= on)
        return stmt

    def current(self, *, on: date, limit: int) -> Select[Target]:
        """Targets whose period holds ``on``: people first, then teams, then
        territories; the shortest period first."""
        return (
            self.filtered(on=on)
            .order_by(
                Target.engineer_id.is_(None),
                Target.team_id.is_(None),
                Target.period_end,
                Target.id,
            )
            .limit(limit)
        )
