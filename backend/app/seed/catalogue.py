"""The catalogue: GST categories (0/5/12/18/28 %, zero-rated, exempt), 60 products in 7
groups (pumps, motors, valves, pipes and fittings, control panels, spares, services),
and two price lists for the 2026-27 fiscal year with quantity breaks: the default list
and a key-account segment list. Deterministic (a fixed random seed)."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.money import round_unit_price
from app.core.tax import TaxTreatment
from app.price_lists.models import PriceList, PriceListLine, PriceListScope
from app.products.models import Product, ProductGroup, ProductKind
from app.taxes.models import TaxCategory

NAME = "products, taxes and prices"
COUNT = 60
TAXES = [
    ("GST0", "GST 0% (nil rated)", TaxTreatment.TAXABLE, "0"),
    ("GST5", "GST 5%", TaxTreatment.TAXABLE, "5"),
    ("GST12", "GST 12%", TaxTreatment.TAXABLE, "12"),
    ("GST18", "GST 18%", TaxTreatment.TAXABLE, "18"),
    ("GST28", "GST 28%", TaxTreatment.TAXABLE, "28"),
    ("ZERO", "Zero rated (exports, SEZ)", TaxTreatment.ZERO_RATED, "0"),
    ("EXEMPT", "Exempt", TaxTreatment.EXEMPT, "0"),
]
# group: (SKU prefix, kind, HSN/SAC codes, tax code, unit, price range, names, sizes)
GROUPS: dict[str, tuple[str, ProductKind, list[str], str, str, tuple[int, int], list[str]]] = {
    "Pumps": (
        "PMP",
        ProductKind.GOODS,
        ["84137010", "84137091", "84138190"],
        "GST18",
        "nos",
        (8_000, 185_000),
        ["Centrifugal pump", "Submersible pump", "Monoblock pump", "Borewell pump"],
    ),
    "Motors": (
        "MTR",
        ProductKind.GOODS,
        ["85015210", "85015220"],
        "GST18",
        "nos",
        (6_500, 120_000),
        ["Induction motor", "Flameproof motor", "Brake motor"],
    ),
    "Valves": (
        "VLV",
        ProductKind.GOODS,
        ["84818030", "84813000"],
        "GST18",
        "nos",
        (450, 38_000),
        ["Gate valve", "Non-return valve", "Butterfly valve"],
    ),
    "Pipes and fittings": (
        "PIP",
        ProductKind.GOODS,
        ["39172390", "73063090"],
        "GST12",
        "m",
        (85, 2_400),
        ["uPVC column pipe", "GI pipe", "HDPE pipe"],
    ),
    "Control panels": (
        "PNL",
        ProductKind.GOODS,
        ["85371000"],
        "GST28",
        "nos",
        (9_500, 95_000),
        ["Star-delta starter", "VFD panel", "Auto-changeover panel"],
    ),
    "Spares": (
        "SPR",
        ProductKind.GOODS,
        ["84139190", "84842000"],
        "GST5",
        "nos",
        (60, 6_500),
        ["Impeller", "Mechanical seal", "Bearing kit"],
    ),
    "Services": (
        "SRV",
        ProductKind.SERVICE,
        ["998719", "998732"],
        "GST18",
        "hr",
        (750, 4_500),
        ["Installation", "Annual maintenance visit", "Commissioning", "Energy audit"],
    ),
}
PER_GROUP = [10, 8, 9, 8, 7, 10, 8]  # 60 in all
SIZES = ["0.5 HP", "1 HP", "2 HP", "3 HP", "5 HP", "7.5 HP", "10 HP", "15 HP", "20 HP", "25 HP"]
FISCAL_YEAR = (date(2026, 4, 1), date(2027, 3, 31))


async def already_loaded(session: AsyncSession) -> bool:
    return (await session.scalar(select(func.count(Product.id))) or 0) >= COUNT


async def _tax_categories(session: AsyncSession) -> dict[str, TaxCategory]:
    existing = {c.code: c for c in (await session.scalars(select(TaxCategory))).all()}
    for code, name, treatment, rate in TAXES:
        if code not in existing:
            existing[code] = TaxCategory(
                code=code, name=name, treatment=treatment, rate=Decimal(rate)
            )
            session.add(existing[code])
    await session.flush()
    return existing


async def load(session: AsyncSession) -> int:
    rng = random.Random(12)
    taxes = await _tax_categories(session)
    products: list[Product] = []
    for (group_name, spec), count in zip(GROUPS.items(), PER_GROUP, strict=True):
        prefix, kind, codes, tax_code, unit, (low, high), names = spec
        group = ProductGroup(name=group_name, description=f"{group_name} for water and industry")
        session.add(group)
        await session.flush()
        for n in range(count):
            base = names[n % len(names)]
            size = (
                SIZES[n % len(SIZES)]
                if kind is ProductKind.GOODS and prefix in ("PMP", "MTR")
                else None
            )
            price = Decimal(rng.randrange(low, high)) + Decimal(rng.choice(["0", "0.50", "0.99"]))
            products.append(
                Product(
                    sku=f"{prefix}-{n + 1:04d}",
                    name=f"{base} {size}" if size else f"{base} {chr(65 + n)}",
                    description=f"{base}: demo catalogue item",
                    group_id=group.id,
                    unit=unit,
                    kind=kind,
                    hsn_sac_code=codes[n % len(codes)],
                    tax_category_id=taxes[tax_code].id,
                    list_price=round_unit_price(price),
                    currency="INR",
                    cost=round_unit_price(price * Decimal("0.72")),
                    external_id=f"ERP-{prefix}-{n + 1:04d}",
                    is_active=n != count - 1 or prefix != "SPR",  # one retired spare
                )
            )
    session.add_all(products)
    await session.flush()
    standard = PriceList(
        name="Standard 2026-27",
        currency="INR",
        valid_from=FISCAL_YEAR[0],
        valid_to=FISCAL_YEAR[1],
        scope=PriceListScope.DEFAULT,
        notes="Quantity breaks at 10 and 50 units on goods.",
    )
    key_accounts = PriceList(
        name="Key accounts 2026-27",
        currency="INR",
        valid_from=FISCAL_YEAR[0],
        valid_to=FISCAL_YEAR[1],
        scope=PriceListScope.SEGMENT,
        segment="key-account",
        notes="Negotiated prices for key-account customers.",
    )
    session.add_all([standard, key_accounts])
    await session.flush()
    lines = []
    for product in products:
        breaks = [("1", "0.97"), ("10", "0.93"), ("50", "0.88")]
        if product.kind is ProductKind.SERVICE:
            breaks = breaks[:1]
        for minimum, factor in breaks:
            lines.append(_line(standard, product, minimum, factor))
        if rng.random() < 0.6:
            for minimum, factor in [("1", "0.90"), ("25", "0.85")]:
                lines.append(_line(key_accounts, product, minimum, factor))
    session.add_all(lines)
    await session.flush()
    return len(products)


def _line(price_list: PriceList, product: Product, minimum: str, factor: str) -> PriceListLine:
    return PriceListLine(
        price_list_id=price_list.id,
        product_id=product.id,
        min_quantity=Decimal(minimum),
        unit_price=round_unit_price(product.list_price * Decimal(factor)),
    )
