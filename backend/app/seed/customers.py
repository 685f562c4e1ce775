"""200 customers across the three territories, with contacts and geocoded addresses."""

from __future__ import annotations

import random
import string
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.core.access import Role
from app.customers.models import AddressKind, Channel, Contact, Customer, CustomerAddress
from app.seed.geography import FIRST_NAMES, LAST_NAMES, TERRITORIES, City
from app.users.models import Territory, User

NAME = "customers"
COUNT = 200
PREFIXES = [
    "Shree",
    "Bharat",
    "Sai",
    "Ganesh",
    "Krishna",
    "Lakshmi",
    "Om",
    "Vijay",
    "Sunrise",
    "Apex",
    "Navrang",
    "Kaveri",
    "Ganga",
    "Himalaya",
    "Deccan",
    "Sahyadri",
    "Indus",
    "Tirupati",
    "Annapurna",
    "Surya",
    "Prakash",
    "Mahalaxmi",
    "Jyoti",
    "Vishwa",
    "Amrit",
]
INDUSTRIES = {
    "Manufacturing": ["Engineering Works", "Precision Tools", "Auto Components", "Castings"],
    "Pharmaceuticals": ["Pharma", "Lifesciences", "Formulations"],
    "Textiles": ["Textiles", "Spinning Mills", "Fabrics"],
    "Food Processing": ["Foods", "Agro Products", "Dairy"],
    "Chemicals": ["Chemicals", "Polymers", "Paints"],
    "Construction": ["Infra Projects", "Builders", "Cement Products"],
    "Healthcare": ["Hospitals", "Diagnostics"],
    "Logistics": ["Logistics", "Cold Chain"],
}
SUFFIXES = ["Pvt Ltd", "Ltd", "LLP", "Industries"]
STREETS = [
    "Industrial Area Phase I",
    "Industrial Estate Phase II",
    "Ring Road",
    "Link Road",
    "Station Road",
    "MG Road",
    "Sector 18",
    "National Highway Bypass",
    "Tech Park",
    "Commercial Complex",
    "Trade Centre",
    "Market Yard",
]
TITLES = [
    "Purchase Manager",
    "Plant Head",
    "Director",
    "Maintenance Engineer",
    "Accounts Head",
    "Managing Director",
    "Projects Manager",
]
SEGMENTS = ["key-account", "sme", "enterprise", "government", "export", "new"]


async def already_loaded(session: AsyncSession) -> bool:
    return (await session.scalar(select(func.count(Customer.id))) or 0) >= COUNT


def _gstin(rng: random.Random, city: City) -> str:
    pan = "".join(rng.choices(string.ascii_uppercase, k=5)) + f"{rng.randint(0, 9999):04d}"
    pan += rng.choice(string.ascii_uppercase)
    return f"{city.gst_state}{pan}1Z{rng.choice(string.ascii_uppercase + string.digits)}"


def _phone(rng: random.Random) -> str:
    return f"+91 9{rng.randint(100000000, 999999999)}"


async def load(session: AsyncSession) -> int:
    rng = random.Random(20261124)
    territories = {t.name: t for t in (await session.scalars(select(Territory))).all()}
    engineers = (
        await session.scalars(
            select(User)
            .where(User.role == Role.SALES_ENGINEER)
            .options(selectinload(User.territories))
        )
    ).all()
    by_territory: dict[str, list[User]] = defaultdict(list)
    for engineer in engineers:
        for territory in engineer.territories:
            by_territory[territory.name].append(engineer)

    used_names: set[str] = set()
    customers = []
    for n in range(COUNT):
        territory_name = list(TERRITORIES)[n % 3]
        city = rng.choice(TERRITORIES[territory_name][1])
        industry, words = rng.choice(list(INDUSTRIES.items()))
        while True:
            base = f"{rng.choice(PREFIXES)} {rng.choice(words)}"
            if base not in used_names:
                used_names.add(base)
                break
        slug = base.lower().replace(" ", "")
        lat = round(city.latitude + rng.uniform(-0.06, 0.06), 6)
        lon = round(city.longitude + rng.uniform(-0.06, 0.06), 6)
        postal = f"{city.postal_prefix}{rng.randint(1, 99):03d}"
        address = {
            "line1": f"Plot {rng.randint(1, 300)}, {rng.choice(STREETS)}",
            "city": city.name,
            "state": city.state,
            "postal_code": postal,
            "country": "IN",
            "latitude": lat,
            "longitude": lon,
        }
        contacts = []
        for c in range(rng.randint(1, 3)):
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            contacts.append(
                Contact(
                    name=f"{first} {last}",
                    title=rng.choice(TITLES),
                    email=f"{first.lower()}.{last.lower()}@{slug}.in",
                    phone=_phone(rng),
                    preferred_channel=rng.choice(list(Channel)),
                    email_opt_in=rng.random() < 0.7,
                    sms_opt_in=rng.random() < 0.4,
                    is_primary=c == 0,
                )
            )
        customers.append(
            Customer(
                name=base,
                legal_name=f"{base} {rng.choice(SUFFIXES)}",
                tax_id=_gstin(rng, city),
                industry=industry,
                segment_tags=sorted(set(rng.sample(SEGMENTS, k=rng.randint(1, 2)))),
                rating=rng.randint(1, 5),
                email=f"info@{slug}.in",
                phone=_phone(rng),
                website=f"https://www.{slug}.in",
                credit_limit=Decimal(rng.choice([2, 5, 10, 25, 50, 100])) * Decimal("100000"),
                currency="INR",
                payment_terms_days=rng.choice([0, 15, 30, 45, 60]),
                territory_id=territories[territory_name].id,
                owner_id=rng.choice(by_territory[territory_name]).id,
                external_id=f"SAP-C{100000 + n}",
                email_opt_in=rng.random() < 0.6,
                sms_opt_in=rng.random() < 0.3,
                addresses=[
                    CustomerAddress(kind=AddressKind.BILLING, **address),
                    *(
                        [CustomerAddress(kind=AddressKind.SHIPPING, **address)]
                        if n % 4 == 0
                        else []
                    ),
                ],
                contacts=contacts,
            )
        )
    session.add_all(customers)
    await session.flush()
    return len(customers)
