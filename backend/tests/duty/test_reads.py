"""The read path's answers (PostgreSQL's JSON) equal the schemas' for field records."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.attachments import FileRead
from app.duty.repository import DUTY_DAY_READ
from app.duty.schemas import DutyDayRead
from app.todos.repository import TODO_READ
from app.todos.schemas import TodoRead
from app.visits.models import REPORT_PHOTOS, VisitStatus
from app.visits.repository import REPORT_READ
from app.visits.schemas import VisitReportRead
from tests.conftest import World
from tests.core.test_reads import _same
from tests.factories.customers import create_customer
from tests.factories.field import create_duty_day, create_todo, create_visit, create_visit_report
from tests.factories.files import create_attached_file

ODD = datetime(2026, 11, 2, 4, 30, 15, 120000, tzinfo=UTC)


async def test_field_records_read_as_their_schemas_print_them(
    session: AsyncSession, world: World
) -> None:
    day = await create_duty_day(
        session,
        user=world.engineer,
        started_at=ODD,
        start_odometer_km=Decimal("12045.5"),
        end_odometer_km=Decimal("12100"),
        ended_at=ODD,
        end_latitude=28.5,
        end_longitude=77.0,
        start_accuracy_m=12.5,
    )
    todo = await create_todo(session, owner=world.engineer, position=1536.25, notes="n")
    customer = await create_customer(session, owner=world.engineer)
    visit = await create_visit(
        session, owner=world.engineer, customer=customer, status=VisitStatus.CHECKED_IN
    )
    report = await create_visit_report(session, visit=visit)
    photo = await create_attached_file(
        session, spec=REPORT_PHOTOS, parent=report, owner=world.engineer
    )
    report.contacts_met = [{"contact_id": None, "name": "Plant manager"}]
    report.products_discussed = [{"product_id": None, "name": "Chiller", "notes": None}]
    await session.commit()
    session.expunge_all()
    item = await _same(
        session, world, DUTY_DAY_READ, DutyDayRead, await session.get(type(day), day.id)
    )
    assert item["start_odometer_km"] == "12045.5" and item["end_odometer_km"] == "12100.0"
    await _same(session, world, TODO_READ, TodoRead, await session.get(type(todo), todo.id))
    loaded = await session.get(type(report), report.id)
    # The report's photos as its schema prints a file (the URLs are the read's own).
    loaded.photos = [  # type: ignore[union-attr]
        {
            **{
                name: getattr(photo, name) for name in FileRead.model_fields if hasattr(photo, name)
            },
            "url": f"/api/v1/files/{photo.id}/content",
            "thumbnail_url": f"/api/v1/files/{photo.id}/thumbnail",
        }
    ]
    item = await _same(session, world, REPORT_READ, VisitReportRead, loaded)
    assert [p["id"] for p in item["photos"]] == [str(photo.id)]
