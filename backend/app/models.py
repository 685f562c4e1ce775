"""Imports every model so the metadata (Alembic, start-up checks) sees all tables."""

from app.activities.models import Activity
from app.auth.models import LoginEvent, RefreshToken
from app.core.audit import AuditEntry
from app.core.db import Base
from app.core.idempotency import IdempotencyRecord
from app.core.timeline import TimelineEvent
from app.customers.models import Contact, Customer, CustomerAddress
from app.leads.models import Lead, LeadScoringRule
from app.opportunities.models import Opportunity, OpportunityStageHistory
from app.pipelines.models import Pipeline, PipelineStage
from app.users.models import Team, Territory, User

__all__ = [
    "Activity",
    "AuditEntry",
    "Base",
    "Contact",
    "Customer",
    "CustomerAddress",
    "IdempotencyRecord",
    "Lead",
    "LeadScoringRule",
    "LoginEvent",
    "Opportunity",
    "OpportunityStageHistory",
    "Pipeline",
    "PipelineStage",
    "RefreshToken",
    "Team",
    "Territory",
    "TimelineEvent",
    "User",
]
