"""Demo quotes in every state, built through the quotes service as the engineers and
their heads would (numbered, priced from the price lists, approved, revised): drafts,
quotes waiting for a head's approval (discounts above 10 %), approved, sent, accepted
with optional lines, rejected, expired and revised. A quote for a customer with an open
demo deal belongs to that deal (so accepting it and confirming the order wins the deal,
as in the field). Deterministic (a fixed seed)."""

from __future__ import annotations

import random
import uuid
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Role
from app.customers.models import Customer
from app.opportunities.models import Opportunity, OpportunityStatus
from app.products.models import Product
from app.quotes import service
from app.quotes.models import Quote, QuoteStatus
from app.quotes.schemas import QuoteAccept, QuoteCreate, QuoteLineIn
from app.users.models import Team, User
from app.users.service import principal_for_user

NAME = "quotes"
# The state each demo quote is taken to, in order (repeated over the engineers).
PLAN = [
    QuoteStatus.DRAFT,
    QuoteStatus.PENDING_APPROVAL,
    QuoteStatus.APPROVED,
    QuoteStatus.SENT,
    QuoteStatus.ACCEPTED,
    QuoteStatus.REJECTED,
    QuoteStatus.EXPIRED,
    "revised",
]


async def already_loaded(session: AsyncSession) -> bool:
    return (await session.scalar(select(func.count(Quote.id))) or 0) > 0


async def load(session: AsyncSession) -> int:
    rng = random.Random(42)
    engineers = list(
        await session.scalars(
            select(User).where(User.role == Role.SALES_ENGINEER).order_by(User.email)
        )
    )
    products = list(
        await session.scalars(select(Product).where(Product.is_active).order_by(Product.sku))
    )
    heads = {team.id: team.head_id for team in await session.scalars(select(Team))}
    # Each customer's first open deal (by title) of the engineer's: the quote's opportunity.
    deals: dict[tuple[uuid.UUID, uuid.UUID], uuid.UUID] = {}
    for deal in await session.scalars(
        select(Opportunity)
        .where(Opportunity.status == OpportunityStatus.OPEN)
        .order_by(Opportunity.title, Opportunity.id)
    ):
        deals.setdefault((deal.customer_id, deal.owner_id), deal.id)
    made = 0
    for n, engineer in enumerate(engineers):
        author = await principal_for_user(session, engineer.id)
        head_id = heads.get(engineer.team_id) if engineer.team_id else None
        head = await principal_for_user(session, head_id) if head_id else None
        if author is None or head is None or not products:
            continue
        customers = list(
            await session.scalars(
                select(Customer)
                .where(Customer.owner_id == engineer.id, Customer.is_archived.is_(False))
                .order_by(Customer.name)
                .limit(len(PLAN))
            )
        )
        for index, customer in enumerate(customers):
            target = PLAN[(index + n) % len(PLAN)]
            over_limit = target in (QuoteStatus.PENDING_APPROVAL, QuoteStatus.ACCEPTED)
            lines = [
                QuoteLineIn(
                    product_id=product.id,
                    quantity=Decimal(rng.choice([1, 2, 3, 5, 10])),
                    discount_percent=Decimal(rng.choice([0, 5, 7.5, 10])),
                    is_optional=position == 3,
                )
                for position, product in enumerate(rng.sample(products, 4))
            ]
            if over_limit:
                lines[0].discount_percent = Decimal(15)
            data = QuoteCreate(
                customer_id=customer.id,
                opportunity_id=deals.get((customer.id, engineer.id)),
                lines=lines,
                terms="Prices ex-works; delivery 4-6 weeks from the purchase order; payment "
                "30 % advance, balance against delivery.",
            )
            quote = (await service.create_quote(session, author, data=data)).entity
            made += 1
            if target is QuoteStatus.DRAFT:
                continue
            quote = await service.submit_quote(session, author, quote)
            if quote.status is QuoteStatus.PENDING_APPROVAL:
                if target is QuoteStatus.PENDING_APPROVAL:
                    continue
                quote = await service.approve_quote(
                    session, head, quote, comment="Approved for a repeat customer"
                )
            if target is QuoteStatus.APPROVED:
                continue
            quote = await service.send_quote(session, author, quote)
            if target is QuoteStatus.ACCEPTED:
                optional = await service.optional_line_ids(session, author, quote)
                await service.accept_quote(
                    session,
                    author,
                    quote,
                    data=QuoteAccept(chosen_optional_line_ids=optional[:1]),
                )
            elif target is QuoteStatus.REJECTED:
                await service.reject_quote(session, author, quote, reason="Chose a competitor")
            elif target is QuoteStatus.EXPIRED:
                await service.expire_quote(
                    session, author, quote, on=quote.valid_until + timedelta(days=1)
                )
            elif target == "revised":
                await service.revise_quote(session, author, quote)
                made += 1
    return made
