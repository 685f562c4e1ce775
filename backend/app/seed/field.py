"""A month of field work for every engineer: duty days (Monday to Saturday), pings every
five minutes along each day's drive between customers of one city, the day's visits
checked into near the customer (now and then too far, with a poor fix or a simulated
position: flagged) and mostly reported, tomorrow's route planned, and a to-do list.

Today runs up to now and stays open, except for eng1, the phone demo's login, who
starts today on the phone; eng8 left yesterday's day unended. Pings go in as one array
statement per engineer (they are not entities, decision 0023); the rest through the
ORM, so the event stream and the phones' change feed see them. Deterministic (a fixed
seed) apart from the dates, which follow today."""

from __future__ import annotations

import itertools
import math
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.core.access import Role
from app.core.clock import company_day_bounds, company_today, utcnow
from app.core.geo import haversine_m
from app.core.ids import new_id
from app.customers.models import Customer
from app.duty.models import DutyDay
from app.locations.models import PingEvent
from app.locations.repository import LocationRepository
from app.products.models import Product
from app.todos.models import Todo, TodoPriority
from app.users.models import Team, User
from app.users.service import system_principal
from app.visits.models import Visit, VisitReport, VisitStatus

NAME = "field work"
DAYS = 30
PING_EVERY = timedelta(minutes=5)
SPEED_MPS = 5.5  # about 20 km/h through city traffic
METRES_PER_DEGREE = 111_195.0
PHONE_DEMO_LOGIN = "eng1@example.com"
LEFT_OPEN_LOGIN = "eng8@example.com"
PURPOSES = ["Follow-up on the offer", "Product demo", "Payment collection", "Site survey"]
OUTCOMES = [
    "Interested; asked for a revised offer with installation.",
    "Budget approved next quarter; keep in touch.",
    "Met the plant head and left the datasheets.",
    "PO expected this week.",
    "Collected a cheque for the last invoice.",
    "Not interested this season.",
]
NEXT_STEPS = ["Send the revised offer", "Arrange a demo at the plant", "Call back next week"]
TODOS = [
    ("Send the datasheet after the visit", TodoPriority.HIGH, 0, False),
    ("Collect the signed PO", TodoPriority.HIGH, -2, False),
    ("Update the customer's GSTIN", TodoPriority.NORMAL, 1, False),
    ("Book the service engineer for the installation", TodoPriority.NORMAL, 4, False),
    ("Submit this week's expenses", TodoPriority.NORMAL, None, True),
    ("Renew the vehicle insurance", TodoPriority.LOW, None, False),
]

Place = tuple[float, float]


async def already_loaded(session: AsyncSession) -> bool:
    return (await session.scalar(select(func.count(DutyDay.id))) or 0) > 0


def _offset(place: Place, metres: float, bearing: float) -> Place:
    lat, lon = place
    north = metres * math.cos(bearing) / METRES_PER_DEGREE
    east = metres * math.sin(bearing) / (METRES_PER_DEGREE * math.cos(math.radians(lat)))
    return round(lat + north, 6), round(lon + east, 6)


def _location(customer: Customer) -> Place | None:
    for address in customer.addresses:
        if address.latitude is not None and address.longitude is not None:
            return address.latitude, address.longitude
    return None


class Drive:
    """One engineer's day on the road, pinging every five minutes (with the jitter of a
    real fix, now and then an imprecise fix or a jump), never after ``until``."""

    def __init__(self, rng: random.Random, start: datetime, until: datetime) -> None:
        self.rng, self.at, self.until = rng, start, until
        self.next_ping = start
        self.pings: list[dict[str, Any]] = []

    def ping(self, place: Place, event: PingEvent, accuracy: float | None = None) -> None:
        if self.at > self.until:
            return
        rng = self.rng
        if accuracy is None:
            accuracy = rng.uniform(150, 400) if rng.random() < 0.02 else rng.uniform(4, 25)
            if rng.random() < 0.004:
                place = _offset(place, 25_000, rng.uniform(0, 2 * math.pi))  # a GPS jump
        jitter = min(accuracy, 30) / METRES_PER_DEGREE / 3
        self.pings.append(
            {
                "id": new_id(),
                "recorded_at": self.at,
                "latitude": round(place[0] + rng.uniform(-jitter, jitter), 6),
                "longitude": round(place[1] + rng.uniform(-jitter, jitter), 6),
                "accuracy_m": round(accuracy, 1),
                "speed_mps": None,
                "battery_pct": max(8, 100 - len(self.pings) // 2),
                "is_mock": False,
                "event": event.value,
            }
        )

    def drive(self, start: Place, end: Place) -> None:
        seconds = round(haversine_m(*start, *end) * 1.3 / SPEED_MPS)  # roads are not straight
        leave, arrive = self.at, self.at + timedelta(seconds=seconds)
        while self.next_ping < arrive:
            share = (self.next_ping - leave) / (arrive - leave)
            self.at = self.next_ping
            here = (start[0] + (end[0] - start[0]) * share, start[1] + (end[1] - start[1]) * share)
            self.ping(here, PingEvent.PERIODIC)
            self.next_ping += PING_EVERY
        self.at = arrive

    def stay(self, place: Place, length: timedelta) -> None:
        until = self.at + length
        while self.next_ping < until:
            self.at = self.next_ping
            self.ping(place, PingEvent.PERIODIC)
            self.next_ping += PING_EVERY
        self.at = until


@dataclass
class Cast:
    """What every engineer's days are made of."""

    rng: random.Random
    now: datetime
    today: date
    heads: dict[Any, Any]
    products: list[Product]
    odometers: dict[Any, Decimal] = field(default_factory=dict)
    completed: dict[Any, int] = field(default_factory=dict)

    def reported(self, visit: Visit) -> bool:
        """Whether a completed visit got its report: nine in ten, every engineer alike
        (a random draw left one engineer under 80 % in about one run in twenty)."""
        count = self.completed[visit.owner_id] = self.completed.get(visit.owner_id, 0) + 1
        return count % 10 != 0


def _working_days(cast: Cast) -> list[date]:
    days = [cast.today - timedelta(days=n) for n in range(DAYS, -1, -1)]
    return [d for d in days if d.weekday() != 6 and cast.rng.random() > 0.04]


def _visit(cast: Cast, engineer: User, customer: Customer, day: date, position: int) -> Visit:
    start, _ = company_day_bounds(day)
    by_head = cast.rng.random() < 0.3 and engineer.team_id in cast.heads
    return Visit(
        id=new_id(),
        owner_id=engineer.id,
        created_by_id=cast.heads[engineer.team_id] if by_head else engineer.id,
        customer_id=customer.id,
        status=VisitStatus.PLANNED,
        planned_date=day,
        route_position=position,
        is_planned=True,
        purpose=cast.rng.choice(PURPOSES),
        created_at=start - timedelta(hours=5),
    )


def _check_in(cast: Cast, visit: Visit, customer: Place, drive: Drive, home: Place) -> Place:
    """Drive to the visit, check in (flagged now and then), stay, check out; the place
    where the engineer stood."""
    rng = cast.rng
    roll = rng.random()
    metres = rng.uniform(400, 900) if roll < 0.08 else rng.uniform(10, 120)
    accuracy = rng.uniform(120, 200) if 0.08 <= roll < 0.12 else rng.uniform(5, 30)
    stood = _offset(customer, metres, rng.uniform(0, 2 * math.pi))
    drive.drive(home, stood)
    if drive.at > cast.now:
        return stood  # still on the road: the visit stays planned
    drive.ping(stood, PingEvent.CHECK_IN, accuracy)
    visit.status = VisitStatus.CHECKED_IN
    visit.checked_in_at = drive.at
    visit.check_in_latitude, visit.check_in_longitude = stood
    visit.check_in_accuracy_m = round(accuracy, 1)
    visit.check_in_distance_m = round(haversine_m(*stood, *customer), 1)
    visit.is_outside_radius = visit.check_in_distance_m > 300
    visit.is_poor_accuracy = accuracy > 100
    visit.is_mock_location = 0.12 <= roll < 0.14
    drive.stay(stood, timedelta(minutes=rng.randint(40, 100)))
    if drive.at <= cast.now:
        drive.ping(stood, PingEvent.CHECK_OUT)
        visit.status = VisitStatus.COMPLETED
        visit.checked_out_at = drive.at
        visit.check_out_latitude, visit.check_out_longitude = stood
        visit.check_out_accuracy_m = round(rng.uniform(5, 30), 1)
    return stood


def _report(cast: Cast, visit: Visit, customer: Customer) -> VisitReport:
    rng = cast.rng
    contacts = [c for c in customer.contacts if not c.is_archived][:1]
    products = rng.sample(cast.products, k=min(2, len(cast.products)))
    assert visit.checked_out_at is not None
    return VisitReport(
        visit_id=visit.id,
        owner_id=visit.owner_id,
        customer_id=visit.customer_id,
        purpose=visit.purpose,
        outcome=rng.choice(OUTCOMES),
        contacts_met=[{"contact_id": str(c.id), "name": c.name} for c in contacts],
        products_discussed=[
            {"product_id": str(p.id), "name": p.name, "notes": None} for p in products
        ],
        next_steps=rng.choice(NEXT_STEPS),
        next_visit_date=visit.planned_date + timedelta(days=rng.choice([7, 14, 21])),
        created_at=visit.checked_out_at + timedelta(minutes=10),
    )


def _day(
    cast: Cast, engineer: User, day: date, stops: list[tuple[Customer, Place]], home: Place
) -> tuple[DutyDay | None, list[Any], list[dict[str, Any]]]:
    """One worked day: the duty day (none yet before it starts), the visits (and
    reports) and the pings."""
    rng = cast.rng
    start, _ = company_day_bounds(day)
    started = start + timedelta(hours=9, minutes=rng.randint(0, 40))
    if started > cast.now:
        return None, [_visit(cast, engineer, c, day, n) for n, (c, _) in enumerate(stops, 1)], []
    drive = Drive(rng, started, cast.now)
    drive.ping(home, PingEvent.PERIODIC, rng.uniform(5, 15))
    rows: list[Any] = []
    here = home
    for position, (customer, place) in enumerate(stops, start=1):
        visit = _visit(cast, engineer, customer, day, position)
        rows.append(visit)
        roll = rng.random()
        if roll < 0.06:
            visit.status = VisitStatus.CANCELLED
            continue
        if roll < 0.12 or drive.at > cast.now:
            continue  # planned, never made
        here = _check_in(cast, visit, place, drive, here)
        if visit.status is VisitStatus.COMPLETED and cast.reported(visit):
            rows.append(_report(cast, visit, customer))
        if position == 2:  # lunch nearby
            lunch = _offset(here, rng.uniform(300, 1500), rng.uniform(0, 2 * math.pi))
            drive.drive(here, lunch)
            drive.stay(lunch, timedelta(minutes=rng.randint(35, 60)))
            here = lunch
    if rng.random() < 0.25 and drive.at < cast.now and stops:
        customer, place = rng.choice(stops)
        visit = _visit(cast, engineer, customer, day, len(stops) + 1)
        visit.is_planned = False
        here = _check_in(cast, visit, place, drive, here)
        if visit.checked_in_at is not None:  # an unplanned visit exists once made
            visit.created_at = visit.checked_in_at
            rows.append(visit)
        if visit.status is VisitStatus.COMPLETED and cast.reported(visit):
            rows.append(_report(cast, visit, customer))
    drive.drive(here, home)
    odometer = cast.odometers.setdefault(engineer.id, Decimal(20_000 + rng.randint(0, 30_000)))
    duty = DutyDay(
        user_id=engineer.id,
        started_at=started,
        start_latitude=home[0],
        start_longitude=home[1],
        start_accuracy_m=8.0,
        start_odometer_km=odometer,
        created_at=started,
    )
    if drive.at <= cast.now:
        duty.ended_at = drive.at
        duty.end_latitude, duty.end_longitude = home
        duty.end_accuracy_m = 9.0
        km = sum(
            haversine_m(a["latitude"], a["longitude"], b["latitude"], b["longitude"])
            for a, b in itertools.pairwise(drive.pings)
        )
        duty.end_odometer_km = odometer + Decimal(str(round(km * 1.3 / 1000, 1)))
        cast.odometers[engineer.id] = duty.end_odometer_km
    return duty, rows, drive.pings


def _todos(cast: Cast, engineer: User, customers: list[Customer]) -> list[Todo]:
    todos = []
    for n, (title, priority, due_in, done) in enumerate(TODOS):
        created = cast.now - timedelta(days=10 - n)
        todos.append(
            Todo(
                owner_id=engineer.id,
                title=title,
                priority=priority,
                due_date=cast.today + timedelta(days=due_in) if due_in is not None else None,
                is_done=done,
                done_at=cast.now - timedelta(days=1) if done else None,
                customer_id=customers[n % len(customers)].id if customers and n < 3 else None,
                position=1024.0 * (n + 1),
                created_at=created,
            )
        )
    return todos


async def load(session: AsyncSession) -> int:
    now = utcnow()
    engineers = list(
        await session.scalars(
            select(User).where(User.role == Role.SALES_ENGINEER).order_by(User.email)
        )
    )
    heads = {t.id: t.head_id for t in await session.scalars(select(Team)) if t.head_id}
    products = list(
        await session.scalars(select(Product).where(Product.is_active).order_by(Product.sku))
    )[:12]
    customers = await session.scalars(
        select(Customer)
        .options(selectinload(Customer.addresses), selectinload(Customer.contacts))
        .order_by(Customer.name)
    )
    by_owner: dict[Any, dict[str, list[tuple[Customer, Place]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for customer in customers:
        place = _location(customer)
        if place is not None:
            by_owner[customer.owner_id][customer.addresses[0].city or ""].append((customer, place))
    cast = Cast(random.Random(13), now, company_today(), heads, products)
    rows: list[Any] = []
    pings: dict[Any, list[dict[str, Any]]] = {}
    for engineer in engineers:
        cities = {c: own for c, own in by_owner[engineer.id].items() if len(own) >= 2}
        if not cities:
            continue
        homes = {
            city: _offset(own[0][1], cast.rng.uniform(1500, 4000), cast.rng.uniform(0, 6.3))
            for city, own in cities.items()
        }
        pings[engineer.id] = []
        last: DutyDay | None = None
        for day in _working_days(cast):
            city = cast.rng.choice(sorted(cities))
            count = min(len(cities[city]), cast.rng.randint(3, 5))
            stops = cast.rng.sample(cities[city], k=count)
            if day == cast.today and engineer.email in (PHONE_DEMO_LOGIN, LEFT_OPEN_LOGIN):
                continue  # eng1 starts today on the phone; eng8 never ended the last day
            duty, made, recorded = _day(cast, engineer, day, stops, homes[city])
            rows += [duty, *made] if duty is not None else made
            pings[engineer.id] += recorded
            last = duty or last
        if engineer.email == LEFT_OPEN_LOGIN and last is not None:
            last.ended_at = last.end_latitude = last.end_longitude = None
            last.end_accuracy_m = last.end_odometer_km = None
        city = cast.rng.choice(sorted(cities))
        tomorrow = cast.today + timedelta(days=1)
        for position, (customer, _) in enumerate(cities[city][:3], start=1):
            rows.append(_visit(cast, engineer, customer, tomorrow, position))
        rows += _todos(cast, engineer, [c for c, _ in cities[city]])
    # Reports have no relationship to their visits: the visits go in first by hand.
    session.add_all(row for row in rows if not isinstance(row, VisitReport))
    await session.flush()
    session.add_all(row for row in rows if isinstance(row, VisitReport))
    await session.flush()
    repo = LocationRepository(session, system_principal())
    for user_id, recorded in pings.items():
        await repo.insert_pings(user_id, now, recorded)
    return len(rows) + sum(len(p) for p in pings.values())
