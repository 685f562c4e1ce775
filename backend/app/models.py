"""Imports every model so the metadata (Alembic, start-up checks) sees all tables."""

from app.activities.models import Activity
from app.auth.models import LoginEvent, RefreshToken
from app.core.db import Base
from app.core.events import DomainEvent
from app.core.idempotency import IdempotencyRecord
from app.core.jobs import JobError
from app.core.numbering import DocumentCounter
from app.core.projections import EventConsumer
from app.customers.models import Contact, Customer, CustomerAddress
from app.discounts.models import DiscountLimit
from app.leads.models import Lead, LeadScoringRule
from app.notifications.models import Notification
from app.opportunities.models import Opportunity, OpportunityStageHistory
from app.pipelines.models import Pipeline, PipelineStage
from app.price_lists.models import PriceList, PriceListLine
from app.products.models import Product, ProductGroup
from app.quotes.models import Quote, QuoteLine
from app.saved_views.models import SavedView
from app.taxes.models import TaxCategory
from app.users.models import Team, Territory, User

__all__ = [
    "Activity",
    "Base",
    "Contact",
    "Customer",
    "CustomerAddress",
    "DiscountLimit",
    "DocumentCounter",
    "DomainEvent",
    "EventConsumer",
    "IdempotencyRecord",
    "JobError",
    "Lead",
    "LeadScoringRule",
    "LoginEvent",
    "Notification",
    "Opportunity",
    "OpportunityStageHistory",
    "Pipeline",
    "PipelineStage",
    "PriceList",
    "PriceListLine",
    "Product",
    "ProductGroup",
    "Quote",
    "QuoteLine",
    "RefreshToken",
    "SavedView",
    "TaxCategory",
    "Team",
    "Territory",
    "User",
]
