"""Imports every model so the metadata (Alembic, start-up checks) sees all tables."""

from app.activities.models import Activity
from app.api_keys.models import ApiKey
from app.auth.models import LoginEvent, RefreshToken
from app.core.attachments import StoredFile
from app.core.db import Base
from app.core.events import DomainEvent
from app.core.idempotency import IdempotencyRecord
from app.core.jobs import JobError
from app.core.numbering import DocumentCounter
from app.core.projections import EventConsumer
from app.core.rate_limits import RateLimitWindow
from app.customers.models import Contact, Customer, CustomerAddress
from app.deliveries.models import Delivery, DeliveryLine
from app.discounts.models import DiscountLimit
from app.duty.models import DutyDay
from app.expenses.models import ExpenseLine, ExpenseReport
from app.exports.models import Export
from app.imports.models import Import, ImportRow
from app.inventory.models import StockBalance, StockMove, StockReservation, Warehouse
from app.invoices.models import Invoice, InvoiceLine
from app.leads.models import Lead, LeadScoringRule
from app.locations.models import LocationPing
from app.notifications.models import Notification
from app.opportunities.models import Opportunity, OpportunityStageHistory
from app.payments.models import Payment, PaymentAllocation
from app.pipelines.models import Pipeline, PipelineStage
from app.price_lists.models import PriceList, PriceListLine
from app.privacy.models import Erasure
from app.procurement.models import ProcurementRequest
from app.products.models import Product, ProductGroup
from app.quotes.models import Quote, QuoteLine
from app.reports.models import ForecastSnapshot
from app.sales_orders.models import SalesOrder, SalesOrderLine, SalesOrderMilestone
from app.saved_views.models import SavedView
from app.targets.models import Target
from app.taxes.models import TaxCategory
from app.todos.models import Todo
from app.users.models import Team, Territory, User
from app.visits.models import Visit, VisitReport
from app.webhooks.models import Webhook, WebhookAttempt, WebhookDelivery

__all__ = [
    "Activity",
    "ApiKey",
    "Base",
    "Contact",
    "Customer",
    "CustomerAddress",
    "Delivery",
    "DeliveryLine",
    "DiscountLimit",
    "DocumentCounter",
    "DomainEvent",
    "DutyDay",
    "Erasure",
    "EventConsumer",
    "ExpenseLine",
    "ExpenseReport",
    "Export",
    "ForecastSnapshot",
    "IdempotencyRecord",
    "Import",
    "ImportRow",
    "Invoice",
    "InvoiceLine",
    "JobError",
    "Lead",
    "LeadScoringRule",
    "LocationPing",
    "LoginEvent",
    "Notification",
    "Opportunity",
    "OpportunityStageHistory",
    "Payment",
    "PaymentAllocation",
    "Pipeline",
    "PipelineStage",
    "PriceList",
    "PriceListLine",
    "ProcurementRequest",
    "Product",
    "ProductGroup",
    "Quote",
    "QuoteLine",
    "RateLimitWindow",
    "RefreshToken",
    "SalesOrder",
    "SalesOrderLine",
    "SalesOrderMilestone",
    "SavedView",
    "StockBalance",
    "StockMove",
    "StockReservation",
    "StoredFile",
    "Target",
    "TaxCategory",
    "Team",
    "Territory",
    "Todo",
    "User",
    "Visit",
    "VisitReport",
    "Warehouse",
    "Webhook",
    "WebhookAttempt",
    "WebhookDelivery",
]
