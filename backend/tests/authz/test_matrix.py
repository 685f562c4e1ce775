"""Every route x every role x own/foreign record has an expected status, in ONE table.

A route added to the app without a row here fails ``test_every_route_has_a_row``.
"Own" records belong to the engineer's team (the engineer owns them); "foreign"
records belong to the other team. A record the caller may not see is a 404.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import utcnow
from app.core.storage import get_storage
from app.expenses.models import ExpenseCategory, ExpenseLine, ExpenseReport, ExpenseStatus
from app.leads.models import LeadStatus
from app.pipelines.models import Pipeline, PipelineStage, StageKind
from app.price_lists.models import PriceListLine, PriceListScope
from app.procurement.models import ProcurementStatus
from app.saved_views.models import SavedView
from app.targets.models import Target, TargetPeriod
from app.visits.models import REPORT_PHOTOS, VisitStatus
from app.webhooks.models import WebhookDelivery, WebhookDeliveryStatus
from tests.conftest import World, auth
from tests.factories.activities import create_activity
from tests.factories.api_keys import create_api_key
from tests.factories.catalogue import (
    create_price_list,
    create_product,
    create_product_group,
    create_tax_category,
)
from tests.factories.customers import create_customer
from tests.factories.field import create_duty_day, create_todo, create_visit, create_visit_report
from tests.factories.files import create_attached_file
from tests.factories.inventory import create_procurement_request, create_warehouse, put_stock
from tests.factories.invoices import create_invoice, create_payment
from tests.factories.leads import create_lead
from tests.factories.notifications import create_notification
from tests.factories.opportunities import create_opportunity, stage_named
from tests.factories.quotes import create_quote
from tests.factories.sales_orders import create_sales_order
from tests.factories.webhooks import create_webhook
from tests.support import images
from tests.support.openapi import openapi_document

ROLES = ("anonymous", "engineer", "head", "admin")
Expect = dict[str, tuple[int, int]]  # role -> (status on own record, status on foreign record)


def scoped(ok: int) -> Expect:
    """Records scoped by owner/territory: the other team's are invisible."""
    return {"anonymous": (401, 401), "engineer": (ok, 404), "head": (ok, 404), "admin": (ok, ok)}


def everyone(ok: int) -> Expect:
    return {role: ((401, 401) if role == "anonymous" else (ok, ok)) for role in ROLES}


def public(ok: int) -> Expect:
    return dict.fromkeys(ROLES, (ok, ok))


def personal(ok: int) -> Expect:
    """The engineer's own record, and nobody else's: heads and admins get 404 too."""
    return {
        "anonymous": (401, 401),
        "engineer": (ok, 404),
        "head": (404, 404),
        "admin": (404, 404),
    }


def only(ok: int, *roles: str) -> Expect:
    """Needs a permission only some roles have (403 for the others)."""
    return {
        role: (401, 401) if role == "anonymous" else ((ok, ok) if role in roles else (403, 403))
        for role in ROLES
    }


def hidden(ok: int, *roles: str) -> Expect:
    """Needs a permission only some roles have; the others get 404, as if nothing were
    there (the privacy routes, decision 0042)."""
    return {
        role: (401, 401) if role == "anonymous" else ((ok, ok) if role in roles else (404, 404))
        for role in ROLES
    }


@dataclass
class Case:
    expect: Expect
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    # A multipart upload (form field -> (name, bytes, type)) instead of a JSON body.
    files: dict[str, tuple[str, bytes, str]] | None = None
    # Path parameters taking another record's id (``import_id`` of a products import is
    # the side's ``product_import_id``).
    aliases: dict[str, str] = field(default_factory=dict)


PHOTO = {"file": ("site.jpg", images.jpeg(320, 240), "image/jpeg")}
CUSTOMERS_CSV = {"file": ("customers.csv", b"external_id,name\nMATRIX-NEW,Matrix Co\n", "text/csv")}
PRODUCTS_CSV = {"file": ("products.csv", b"external_id,name\nMATRIX-OWN,Renamed\n", "text/csv")}
LISTS_CSV = {"file": ("lists.csv", b"external_id,notes\nMATRIX-OWN,Matrix\n", "text/csv")}


def own_only(ok: int) -> Expect:
    """Imports and exports: the maker's own (an engineer here; the other side is another
    engineer's), and an admin's reach over all; a head sees neither."""
    return {
        "anonymous": (401, 401),
        "engineer": (ok, 404),
        "head": (404, 404),
        "admin": (ok, ok),
    }


def _transfers(resource: str, permission_roles: tuple[str, ...], upload: Any) -> dict[Any, Case]:
    """The import and export routes of a resource whose writes only ``permission_roles``
    may make (the imports and exports are the admin's on both sides)."""
    base = f"/api/v1/{resource}"
    singular = resource.removesuffix("s").replace("-", "_")
    imports = {"import_id": f"{singular}_import_id"}
    exports = {"export_id": f"{singular}_export_id"}
    admin_only = {
        "anonymous": (401, 401),
        "engineer": (404, 404),
        "head": (404, 404),
        "admin": (200, 200),
    }

    def admins_import(ok: int) -> Expect:
        """The admin's import: 403 without the permission, else 404 but for the admin."""
        return {
            role: (401, 401)
            if role == "anonymous"
            else (403, 403)
            if role not in permission_roles
            else (ok, ok)
            if role == "admin"
            else (404, 404)
            for role in ROLES
        }

    return {
        ("GET", f"{base}/imports"): Case(only(200, *permission_roles)),
        ("POST", f"{base}/imports"): Case(only(202, *permission_roles), files=upload),
        ("GET", f"{base}/imports/{{import_id}}"): Case(admins_import(200), aliases=imports),
        ("POST", f"{base}/imports/{{import_id}}/run"): Case(admins_import(202), aliases=imports),
        ("GET", f"{base}/imports/{{import_id}}/rows"): Case(admins_import(200), aliases=imports),
        ("GET", f"{base}/imports/{{import_id}}/result"): Case(admins_import(200), aliases=imports),
        ("GET", f"{base}/exports"): Case(everyone(200)),
        ("POST", f"{base}/exports"): Case(everyone(202), {"format": "jsonl"}),
        ("GET", f"{base}/exports/{{export_id}}"): Case(admin_only, aliases=exports),
        ("GET", f"{base}/exports/{{export_id}}/file"): Case(admin_only, aliases=exports),
    }


IF_MATCH = {"If-Match": "*"}
OWNER_EDITS_SUBMITTED: Expect = {
    "anonymous": (401, 401),
    "engineer": (409, 404),
    "head": (403, 404),
    "admin": (403, 403),
}
MATRIX: dict[tuple[str, str], Case] = {
    ("GET", "/health"): Case(public(200)),
    ("GET", "/ready"): Case(public(200)),
    # auth: public endpoints answering bad credentials the same for everyone
    ("POST", "/api/v1/auth/login"): Case(public(401), {"email": "x@y.z", "password": "nope"}),
    ("POST", "/api/v1/auth/token"): Case(public(422)),
    ("POST", "/api/v1/auth/refresh"): Case(public(401), {"refresh_token": "not-a-real-token"}),
    ("POST", "/api/v1/auth/logout"): Case(public(204), {"refresh_token": "not-a-real-token"}),
    ("GET", "/api/v1/login-events"): Case(only(200, "head", "admin")),
    # OAuth2 client credentials: public, the form is required
    ("POST", "/api/v1/oauth/token"): Case(public(422)),
    # API keys: company-wide, managed by admins only (the same key on both sides)
    ("GET", "/api/v1/api-keys"): Case(only(200, "admin")),
    ("POST", "/api/v1/api-keys"): Case(
        only(201, "admin"), {"name": "Matrix key", "scopes": ["customers:read"]}
    ),
    ("GET", "/api/v1/api-keys/{api_key_id}"): Case(only(200, "admin")),
    ("POST", "/api/v1/api-keys/{api_key_id}/rotate"): Case(only(200, "admin")),
    ("POST", "/api/v1/api-keys/{api_key_id}/revoke"): Case(only(200, "admin")),
    # webhooks: company-wide, managed by admins only (the same webhook on both sides)
    ("GET", "/api/v1/webhooks/event-types"): Case(only(200, "admin")),
    ("GET", "/api/v1/webhooks"): Case(only(200, "admin")),
    ("POST", "/api/v1/webhooks"): Case(
        only(201, "admin"),
        {"url": "https://erp.example.com/hooks", "event_types": ["customer.created"]},
    ),
    ("GET", "/api/v1/webhooks/{webhook_id}"): Case(only(200, "admin")),
    ("PATCH", "/api/v1/webhooks/{webhook_id}"): Case(
        only(200, "admin"), {"description": "ERP"}, IF_MATCH
    ),
    ("DELETE", "/api/v1/webhooks/{webhook_id}"): Case(only(204, "admin")),
    ("POST", "/api/v1/webhooks/{webhook_id}/rotate-secret"): Case(only(200, "admin")),
    ("GET", "/api/v1/webhooks/{webhook_id}/deliveries"): Case(only(200, "admin")),
    ("GET", "/api/v1/webhooks/{webhook_id}/deliveries/{webhook_delivery_id}"): Case(
        only(200, "admin")
    ),
    ("POST", "/api/v1/webhooks/{webhook_id}/deliveries/{webhook_delivery_id}/replay"): Case(
        only(201, "admin")
    ),
    ("POST", "/api/v1/webhooks/{webhook_id}/replay"): Case(
        only(200, "admin"),
        {"since": "2026-01-01T00:00:00Z", "until": "2026-01-02T00:00:00Z"},
    ),
    # GDPR: export and erase a person (admins; everyone else is answered 404)
    ("GET", "/api/v1/privacy/subjects/{kind}/{subject_id}/export"): Case(hidden(200, "admin")),
    ("POST", "/api/v1/privacy/erasures"): Case(
        hidden(201, "admin"),
        {"kind": "{kind}", "subject_id": "{subject_id}", "reason": "Matrix request"},
    ),
    ("GET", "/api/v1/privacy/erasures"): Case(hidden(200, "admin")),
    # directory
    ("GET", "/api/v1/users/me"): Case(everyone(200)),
    ("GET", "/api/v1/users"): Case(everyone(200)),
    ("POST", "/api/v1/users"): Case(
        only(201, "admin"),
        {
            "email": "new.user@test.example",
            "full_name": "New User",
            "password": "long-enough-pw",
            "role": "sales_engineer",
        },
    ),
    ("GET", "/api/v1/users/{user_id}"): Case(everyone(200)),
    ("PATCH", "/api/v1/users/{user_id}"): Case(only(200, "admin"), {"phone": "+91 1"}, IF_MATCH),
    ("GET", "/api/v1/teams"): Case(everyone(200)),
    ("POST", "/api/v1/teams"): Case(only(201, "admin"), {"name": "Team Three"}),
    ("GET", "/api/v1/teams/{team_id}"): Case(everyone(200)),
    ("PATCH", "/api/v1/teams/{team_id}"): Case(only(200, "admin"), {"name": "Renamed"}, IF_MATCH),
    ("GET", "/api/v1/territories"): Case(everyone(200)),
    ("POST", "/api/v1/territories"): Case(
        only(201, "admin"), {"name": "East", "region": "East India"}
    ),
    ("GET", "/api/v1/territories/{territory_id}"): Case(everyone(200)),
    ("PATCH", "/api/v1/territories/{territory_id}"): Case(
        only(200, "admin"), {"region": "Renamed region"}, IF_MATCH
    ),
    ("GET", "/api/v1/audit"): Case(only(200, "admin")),
    # customers
    ("GET", "/api/v1/customers"): Case(everyone(200)),
    ("POST", "/api/v1/customers"): Case(everyone(201), {"name": "Matrix Traders"}),
    ("GET", "/api/v1/customers/count"): Case(everyone(200)),
    ("GET", "/api/v1/customers/export"): Case(everyone(200)),
    # bulk: every signed-in caller gets 200 with a result per row (another team's row is
    # that row's not_found, tests/customers/test_list_tools.py)
    ("POST", "/api/v1/customers/bulk"): Case(
        everyone(200), {"action": "archive", "ids": ["{customer_id}"]}
    ),
    ("GET", "/api/v1/customers/facets"): Case(everyone(200)),
    ("GET", "/api/v1/customers/map-points"): Case(everyone(200)),
    ("GET", "/api/v1/customers/{customer_id}"): Case(scoped(200)),
    ("PATCH", "/api/v1/customers/{customer_id}"): Case(scoped(200), {"rating": 3}, IF_MATCH),
    ("POST", "/api/v1/customers/{customer_id}/archive"): Case(scoped(200)),
    ("POST", "/api/v1/customers/{customer_id}/unarchive"): Case(scoped(200)),
    ("GET", "/api/v1/customers/{customer_id}/timeline"): Case(scoped(200)),
    ("GET", "/api/v1/customers/{customer_id}/contacts"): Case(scoped(200)),
    ("POST", "/api/v1/customers/{customer_id}/contacts"): Case(
        scoped(201), {"name": "New Contact"}
    ),
    ("GET", "/api/v1/customers/{customer_id}/contacts/{contact_id}"): Case(scoped(200)),
    ("PATCH", "/api/v1/customers/{customer_id}/contacts/{contact_id}"): Case(
        scoped(200), {"title": "Buyer"}, IF_MATCH
    ),
    ("DELETE", "/api/v1/customers/{customer_id}/contacts/{contact_id}"): Case(
        scoped(204), None, IF_MATCH
    ),
    # by external id: the side's customer (another team's id is taken: 409, never updated)
    ("GET", "/api/v1/customers/by-external-id/{external_id}"): Case(scoped(200)),
    ("PUT", "/api/v1/customers/by-external-id/{external_id}"): Case(
        {"anonymous": (401, 401), "engineer": (200, 409), "head": (200, 409), "admin": (200, 200)},
        {"rating": 3},
    ),
    # imports and exports: the maker's own (an admin sees all)
    ("GET", "/api/v1/customers/imports"): Case(everyone(200)),
    ("POST", "/api/v1/customers/imports"): Case(everyone(202), files=CUSTOMERS_CSV),
    ("GET", "/api/v1/customers/imports/{import_id}"): Case(own_only(200)),
    ("POST", "/api/v1/customers/imports/{import_id}/run"): Case(own_only(202)),
    ("GET", "/api/v1/customers/imports/{import_id}/rows"): Case(own_only(200)),
    ("GET", "/api/v1/customers/imports/{import_id}/result"): Case(own_only(200)),
    ("GET", "/api/v1/customers/exports"): Case(everyone(200)),
    ("POST", "/api/v1/customers/exports"): Case(everyone(202), {"format": "csv"}),
    ("GET", "/api/v1/customers/exports/{export_id}"): Case(own_only(200)),
    ("GET", "/api/v1/customers/exports/{export_id}/file"): Case(own_only(200)),
    **_transfers("products", ("admin",), PRODUCTS_CSV),
    **_transfers("price-lists", ("admin",), LISTS_CSV),
    **_transfers("sales-orders", ("engineer", "head", "admin"), LISTS_CSV),
    **_transfers("invoices", ("head", "admin"), LISTS_CSV),
    # activities: an engineer's activities are their own; a head sees the team's
    ("GET", "/api/v1/activities"): Case(everyone(200)),
    ("POST", "/api/v1/activities"): Case(everyone(201), {"type": "call", "subject": "Matrix"}),
    ("GET", "/api/v1/activities/count"): Case(everyone(200)),
    ("GET", "/api/v1/activities/export"): Case(everyone(200)),
    ("POST", "/api/v1/activities/bulk"): Case(
        everyone(200), {"action": "change_status", "status": "cancelled", "ids": ["{activity_id}"]}
    ),
    ("GET", "/api/v1/activities/{activity_id}"): Case(scoped(200)),
    ("PATCH", "/api/v1/activities/{activity_id}"): Case(scoped(200), {"subject": "x"}, IF_MATCH),
    ("POST", "/api/v1/activities/{activity_id}/complete"): Case(scoped(200), {}),
    ("POST", "/api/v1/activities/{activity_id}/cancel"): Case(scoped(200)),
    ("GET", "/api/v1/me/agenda"): Case(everyone(200)),
    ("GET", "/api/v1/activities/agenda"): Case(everyone(200)),
    ("GET", "/api/v1/me/calendar-feed"): Case(everyone(200)),
    ("POST", "/api/v1/me/calendar-feed/rotate"): Case(everyone(200)),
    ("GET", "/api/v1/calendar/{token}.ics"): Case(public(404)),
    # leads: scoped like customers; both leads are "contacted"
    ("GET", "/api/v1/leads/counts"): Case(everyone(200)),
    ("GET", "/api/v1/leads/duplicates"): Case(everyone(200)),
    ("GET", "/api/v1/leads"): Case(everyone(200)),
    ("POST", "/api/v1/leads"): Case(everyone(201), {"person_name": "Matrix", "source": "web"}),
    ("GET", "/api/v1/leads/count"): Case(everyone(200)),
    ("GET", "/api/v1/leads/export"): Case(everyone(200)),
    ("POST", "/api/v1/leads/bulk"): Case(
        everyone(200), {"action": "change_status", "status": "qualified", "ids": ["{lead_id}"]}
    ),
    ("GET", "/api/v1/leads/{lead_id}"): Case(scoped(200)),
    ("PATCH", "/api/v1/leads/{lead_id}"): Case(scoped(200), {"notes": "x"}, IF_MATCH),
    ("POST", "/api/v1/leads/{lead_id}/contact"): Case(scoped(409)),
    ("POST", "/api/v1/leads/{lead_id}/qualify"): Case(scoped(200)),
    ("POST", "/api/v1/leads/{lead_id}/disqualify"): Case(scoped(200), {"reason": "No budget"}),
    ("POST", "/api/v1/leads/{lead_id}/assign"): Case(
        {"anonymous": (401, 401), "engineer": (403, 403), "head": (200, 404), "admin": (200, 200)},
        {"owner_id": "{assignee_id}"},
    ),
    ("POST", "/api/v1/leads/{lead_id}/convert"): Case(scoped(201), {}),
    ("GET", "/api/v1/lead-scoring-rules"): Case(everyone(200)),
    ("PUT", "/api/v1/lead-scoring-rules"): Case(
        only(200, "admin"), {"rules": [{"factor": "source", "match": "web", "points": 10}]}
    ),
    # pipelines: company configuration, read by everyone, managed by admins
    ("GET", "/api/v1/pipelines"): Case(everyone(200)),
    ("POST", "/api/v1/pipelines"): Case(
        only(201, "admin"),
        {
            "name": "Service contracts",
            "stages": [
                {"name": "Quoted", "probability": 40},
                {"name": "Signed", "probability": 100, "kind": "won"},
                {"name": "Dropped", "probability": 0, "kind": "lost"},
            ],
        },
    ),
    ("GET", "/api/v1/pipelines/{pipeline_id}"): Case(everyone(200)),
    ("PATCH", "/api/v1/pipelines/{pipeline_id}"): Case(
        only(200, "admin"), {"description": "x"}, IF_MATCH
    ),
    ("POST", "/api/v1/pipelines/{pipeline_id}/stages"): Case(
        only(201, "admin"), {"name": "Demo", "probability": 20}
    ),
    ("POST", "/api/v1/pipelines/{pipeline_id}/reorder-stages"): Case(
        only(200, "admin"),
        {"stage_ids": ["{second_stage_id}", "{stage_id}", "{won_stage_id}", "{lost_stage_id}"]},
    ),
    ("PATCH", "/api/v1/pipelines/{pipeline_id}/stages/{stage_id}"): Case(
        only(200, "admin"), {"probability": 15}, IF_MATCH
    ),
    ("DELETE", "/api/v1/pipelines/{pipeline_id}/stages/{stage_id}"): Case(
        only(204, "admin"), None, IF_MATCH
    ),
    # opportunities: scoped like customers (territory from the customer)
    ("GET", "/api/v1/opportunities"): Case(everyone(200)),
    ("POST", "/api/v1/opportunities"): Case(
        everyone(201),
        {
            "customer_id": "{customer_id}",
            "title": "Matrix deal",
            "amount": "1000.00",
            "expected_close_date": "2027-01-31",
        },
    ),
    ("GET", "/api/v1/opportunities/board"): Case(everyone(200)),
    ("GET", "/api/v1/opportunities/count"): Case(everyone(200)),
    ("GET", "/api/v1/opportunities/export"): Case(everyone(200)),
    ("POST", "/api/v1/opportunities/bulk"): Case(
        everyone(200),
        {"action": "change_stage", "stage_id": "{proposal_stage_id}", "ids": ["{opportunity_id}"]},
    ),
    ("GET", "/api/v1/opportunities/{opportunity_id}"): Case(scoped(200)),
    ("PATCH", "/api/v1/opportunities/{opportunity_id}"): Case(
        scoped(200), {"title": "Renamed"}, IF_MATCH
    ),
    ("POST", "/api/v1/opportunities/{opportunity_id}/move"): Case(
        scoped(200), {"stage_id": "{proposal_stage_id}"}
    ),
    # The matrix's deals are open: the rule's 409 ("not closed") shows the caller was let
    # through; test_reopen.py reopens closed ones.
    ("POST", "/api/v1/opportunities/{opportunity_id}/reopen"): Case(scoped(409), {}),
    ("GET", "/api/v1/opportunities/{opportunity_id}/history"): Case(scoped(200)),
    # notifications are personal: not even a head or an admin sees someone else's
    ("GET", "/api/v1/me/notifications"): Case(everyone(200)),
    ("GET", "/api/v1/me/notifications/unread-count"): Case(everyone(200)),
    ("POST", "/api/v1/me/notifications/read-all"): Case(everyone(200)),
    ("POST", "/api/v1/me/notifications/{notification_id}/read"): Case(personal(200)),
    # the change feed: everyone pulls what they may see
    ("GET", "/api/v1/sync/changes"): Case(everyone(200)),
    ("GET", "/api/v1/sync/cursor"): Case(everyone(200)),
    # every caller may push; each change is then scoped like its single write
    ("POST", "/api/v1/sync/push"): Case(
        everyone(200),
        {
            "records": [
                {
                    "client_id": "{ping_id}",
                    "entity": "location_pings",
                    "operation": "create",
                    "data": {"recorded_at": "{now}", "latitude": 28.6, "longitude": 77.2},
                }
            ]
        },
    ),
    # the job queue: admins only
    ("GET", "/api/v1/jobs"): Case(only(200, "admin")),
    ("POST", "/api/v1/jobs/{job_id}/retry"): Case(only(200, "admin")),
    # saved views: a user's own (an engineer's are personal: heads and admins get 404)
    ("GET", "/api/v1/saved-views"): Case(everyone(200)),
    ("POST", "/api/v1/saved-views"): Case(everyone(201), {"name": "Hot", "list_key": "leads"}),
    ("GET", "/api/v1/saved-views/{view_id}"): Case(personal(200)),
    ("PATCH", "/api/v1/saved-views/{view_id}"): Case(personal(200), {"name": "x"}, IF_MATCH),
    ("DELETE", "/api/v1/saved-views/{view_id}"): Case(personal(204), None, IF_MATCH),
    # the catalogue: read by everyone signed in, changed by admins
    ("GET", "/api/v1/products"): Case(everyone(200)),
    ("POST", "/api/v1/products"): Case(
        only(201, "admin"),
        {
            "sku": "MATRIX-1",
            "name": "Matrix pump",
            "tax_category_id": "{tax_category_id}",
            "list_price": "100",
        },
    ),
    ("GET", "/api/v1/products/by-external-id/{external_id}"): Case(everyone(200)),
    ("PUT", "/api/v1/products/by-external-id/{external_id}"): Case(
        only(200, "admin"), {"name": "Matrix renamed"}
    ),
    ("GET", "/api/v1/products/count"): Case(everyone(200)),
    ("GET", "/api/v1/products/export"): Case(everyone(200)),
    ("GET", "/api/v1/products/{product_id}"): Case(everyone(200)),
    ("PATCH", "/api/v1/products/{product_id}"): Case(
        only(200, "admin"), {"name": "Renamed"}, IF_MATCH
    ),
    ("GET", "/api/v1/product-groups"): Case(everyone(200)),
    ("POST", "/api/v1/product-groups"): Case(only(201, "admin"), {"name": "Matrix group"}),
    ("GET", "/api/v1/product-groups/{group_id}"): Case(everyone(200)),
    ("PATCH", "/api/v1/product-groups/{group_id}"): Case(
        only(200, "admin"), {"description": "x"}, IF_MATCH
    ),
    ("DELETE", "/api/v1/product-groups/{group_id}"): Case(only(204, "admin"), None, IF_MATCH),
    ("GET", "/api/v1/tax-categories"): Case(everyone(200)),
    ("POST", "/api/v1/tax-categories"): Case(
        only(201, "admin"), {"code": "MATRIX", "name": "Matrix", "rate": "5"}
    ),
    ("GET", "/api/v1/tax-categories/{tax_category_id}"): Case(everyone(200)),
    ("PATCH", "/api/v1/tax-categories/{tax_category_id}"): Case(
        only(200, "admin"), {"name": "Renamed"}, IF_MATCH
    ),
    # without ?amount= the caller is let through to the 422 (tests/taxes/ computes)
    ("GET", "/api/v1/tax-categories/{tax_category_id}/compute"): Case(everyone(422)),
    # price lists: the own side is a list for the engineer's customer, the foreign side one
    # for the other team's; writes need prices:write before the list is looked up
    ("GET", "/api/v1/price-lists"): Case(everyone(200)),
    ("POST", "/api/v1/price-lists"): Case(
        only(201, "admin"), {"name": "Matrix list", "valid_from": "2026-04-01"}
    ),
    ("GET", "/api/v1/price-lists/by-external-id/{external_id}"): Case(scoped(200)),
    ("PUT", "/api/v1/price-lists/by-external-id/{external_id}"): Case(
        only(200, "admin"), {"notes": "Matrix"}
    ),
    ("GET", "/api/v1/price-lists/{price_list_id}"): Case(scoped(200)),
    ("PATCH", "/api/v1/price-lists/{price_list_id}"): Case(
        only(200, "admin"), {"notes": "x"}, IF_MATCH
    ),
    ("GET", "/api/v1/price-lists/{price_list_id}/lines"): Case(scoped(200)),
    ("POST", "/api/v1/price-lists/{price_list_id}/lines"): Case(
        only(201, "admin"),
        {"product_id": "{product_id}", "min_quantity": "5", "unit_price": "90"},
    ),
    ("PATCH", "/api/v1/price-lists/{price_list_id}/lines/{line_id}"): Case(
        only(200, "admin"), {"unit_price": "95"}, IF_MATCH
    ),
    ("DELETE", "/api/v1/price-lists/{price_list_id}/lines/{line_id}"): Case(
        only(204, "admin"), None, IF_MATCH
    ),
    # without customer_id and product_id: let through to the 422 (tests/price_lists/)
    ("GET", "/api/v1/prices"): Case(everyone(422)),
    ("GET", "/api/v1/discount-limits"): Case(everyone(200)),
    ("PATCH", "/api/v1/discount-limits/{role}"): Case(
        only(200, "admin"), {"max_percent": "11"}, IF_MATCH
    ),
    # stock: company data read by everyone signed in; heads and admins correct it,
    # admins keep the warehouses (the same records on both sides)
    ("GET", "/api/v1/warehouses"): Case(everyone(200)),
    ("POST", "/api/v1/warehouses"): Case(only(201, "admin"), {"code": "MX-1", "name": "Matrix"}),
    ("GET", "/api/v1/warehouses/{warehouse_id}"): Case(everyone(200)),
    ("PATCH", "/api/v1/warehouses/{warehouse_id}"): Case(
        only(200, "admin"), {"name": "Renamed"}, IF_MATCH
    ),
    ("GET", "/api/v1/stock"): Case(everyone(200)),
    ("GET", "/api/v1/stock/moves"): Case(everyone(200)),
    ("POST", "/api/v1/stock/adjustments"): Case(
        only(201, "head", "admin"),
        {
            "product_id": "{stocked_product_id}",
            "warehouse_id": "{warehouse_id}",
            "quantity": "-1",
            "reason": "Matrix count",
        },
    ),
    ("POST", "/api/v1/stock/transfers"): Case(
        only(201, "head", "admin"),
        {
            "product_id": "{stocked_product_id}",
            "from_warehouse_id": "{warehouse_id}",
            "to_warehouse_id": "{second_warehouse_id}",
            "quantity": "1",
        },
    ),
    # procurement: heads and admins only; the request is ordered (so ordering it again
    # is a 409 for those allowed)
    ("GET", "/api/v1/procurement-requests"): Case(only(200, "head", "admin")),
    ("GET", "/api/v1/procurement-requests/{request_id}"): Case(only(200, "head", "admin")),
    ("POST", "/api/v1/procurement-requests/{request_id}/order"): Case(
        only(409, "head", "admin"), {"supplier": "S"}, IF_MATCH
    ),
    ("POST", "/api/v1/procurement-requests/{request_id}/receive"): Case(
        only(200, "head", "admin"), {"quantity": "1"}, IF_MATCH
    ),
    ("POST", "/api/v1/procurement-requests/{request_id}/cancel"): Case(
        only(200, "head", "admin"), {"reason": "Matrix"}, IF_MATCH
    ),
    # quotes: scoped by owner like deals; both quotes are drafts within the limit
    ("GET", "/api/v1/quotes"): Case(everyone(200)),
    ("POST", "/api/v1/quotes"): Case(
        everyone(201),
        {
            "customer_id": "{customer_id}",
            "lines": [{"product_id": "{product_id}", "quantity": "2"}],
        },
    ),
    ("GET", "/api/v1/quotes/approvals"): Case(only(200, "head", "admin")),
    ("GET", "/api/v1/quotes/{quote_id}"): Case(scoped(200)),
    ("GET", "/api/v1/quotes/{quote_id}/pdf"): Case(scoped(200)),
    ("PATCH", "/api/v1/quotes/{quote_id}"): Case(scoped(200), {"notes": "x"}, IF_MATCH),
    ("POST", "/api/v1/quotes/{quote_id}/submit"): Case(scoped(200)),
    # a draft is not pending: the approver's 409; the permission is checked first (403)
    ("POST", "/api/v1/quotes/{quote_id}/approve"): Case(
        {"anonymous": (401, 401), "engineer": (403, 403), "head": (409, 404), "admin": (409, 409)},
        {"comment": "ok"},
    ),
    ("POST", "/api/v1/quotes/{quote_id}/decline"): Case(
        {"anonymous": (401, 401), "engineer": (403, 403), "head": (409, 404), "admin": (409, 409)},
        {"comment": "no"},
    ),
    ("POST", "/api/v1/quotes/{quote_id}/send"): Case(scoped(409)),
    ("POST", "/api/v1/quotes/{quote_id}/accept"): Case(scoped(409), {}),
    ("POST", "/api/v1/quotes/{quote_id}/reject"): Case(scoped(409), {}),
    ("POST", "/api/v1/quotes/{quote_id}/revise"): Case(scoped(409)),
    # sales orders: scoped by owner like quotes; both orders are drafts with one line
    ("GET", "/api/v1/sales-orders"): Case(everyone(200)),
    ("POST", "/api/v1/sales-orders"): Case(
        everyone(201),
        {
            "customer_id": "{customer_id}",
            "lines": [{"product_id": "{product_id}", "quantity": "2"}],
        },
    ),
    # by external id: the side's order (another team's id is taken: 409, never updated)
    ("GET", "/api/v1/sales-orders/by-external-id/{external_id}"): Case(scoped(200)),
    ("PUT", "/api/v1/sales-orders/by-external-id/{external_id}"): Case(
        {"anonymous": (401, 401), "engineer": (200, 409), "head": (200, 409), "admin": (200, 200)},
        {"notes": "Matrix"},
    ),
    ("GET", "/api/v1/sales-orders/{sales_order_id}"): Case(scoped(200)),
    ("GET", "/api/v1/sales-orders/{sales_order_id}/credit"): Case(scoped(200)),
    ("PATCH", "/api/v1/sales-orders/{sales_order_id}"): Case(
        scoped(200), {"customer_po_number": "PO-1"}, IF_MATCH
    ),
    ("PUT", "/api/v1/sales-orders/{sales_order_id}/milestones"): Case(
        scoped(200),
        {
            "milestones": [
                {"label": "All", "kind": "percent", "value": "100", "trigger": "on_delivery"}
            ]
        },
        IF_MATCH,
    ),
    ("POST", "/api/v1/sales-orders/{sales_order_id}/confirm"): Case(scoped(200)),
    ("POST", "/api/v1/sales-orders/{sales_order_id}/cancel"): Case(scoped(200), {}),
    # a draft is not delivered: 409 for whoever may see it
    ("POST", "/api/v1/sales-orders/{sales_order_id}/close"): Case(scoped(409)),
    # heads and admins bill (invoices:write); a draft is not invoiced: 409 for them
    ("POST", "/api/v1/sales-orders/{sales_order_id}/invoices"): Case(
        {"anonymous": (401, 401), "engineer": (403, 403), "head": (409, 404), "admin": (409, 409)},
        {"milestone_id": "0190a000-0000-7000-8000-000000000001"},
    ),
    # deliveries: scoped like their order (its owner); each confirmed order of 2 pumps
    # has a delivery of 1 being picked, so another delivery (the rest) may be made
    ("GET", "/api/v1/deliveries"): Case(everyone(200)),
    ("POST", "/api/v1/deliveries"): Case(everyone(201), {"sales_order_id": "{delivered_order_id}"}),
    ("GET", "/api/v1/deliveries/{delivery_id}"): Case(scoped(200)),
    ("POST", "/api/v1/deliveries/{delivery_id}/pack"): Case(
        scoped(200), {"packages_count": 1, "gross_weight_kg": "12"}, IF_MATCH
    ),
    # being picked, not packed: 409 for whoever may see it
    ("POST", "/api/v1/deliveries/{delivery_id}/ship"): Case(
        scoped(409), {"carrier": "Matrix carrier"}, IF_MATCH
    ),
    ("POST", "/api/v1/deliveries/{delivery_id}/deliver"): Case(
        scoped(409), {"received_by": "Matrix receiver"}, IF_MATCH
    ),
    ("POST", "/api/v1/deliveries/{delivery_id}/cancel"): Case(
        scoped(200), {"reason": "Matrix"}, IF_MATCH
    ),
    # field work: duty days and visits scoped like activities; the person whose day or
    # visit it is starts, ends, checks in, out and reports (others who see it: 403)
    ("GET", "/api/v1/duty-days"): Case(everyone(200)),
    # the engineer's day is open: starting another is the 409
    ("POST", "/api/v1/duty-days"): Case(
        {"anonymous": (401, 401), "engineer": (409, 409), "head": (201, 201), "admin": (201, 201)},
        {"started_at": "2026-11-02T03:30:00Z", "latitude": 28.6, "longitude": 77.2},
    ),
    ("GET", "/api/v1/duty-days/{duty_day_id}"): Case(scoped(200)),
    ("POST", "/api/v1/duty-days/{duty_day_id}/end"): Case(
        {"anonymous": (401, 401), "engineer": (200, 404), "head": (403, 404), "admin": (403, 403)},
        {"ended_at": "{now}", "latitude": 28.6, "longitude": 77.2},
    ),
    ("POST", "/api/v1/locations/pings"): Case(
        everyone(200),
        {
            "pings": [
                {"id": "{ping_id}", "recorded_at": "{now}", "latitude": 28.6, "longitude": 77.2}
            ]
        },
    ),
    ("GET", "/api/v1/locations/latest"): Case(everyone(200)),
    # the own side is a teammate: an engineer sees only their own whereabouts
    ("GET", "/api/v1/users/{user_id}/day"): Case(
        {"anonymous": (401, 401), "engineer": (404, 404), "head": (200, 404), "admin": (200, 200)}
    ),
    # attendance: a report over the people each caller may see (scoping: tests/attendance)
    ("GET", "/api/v1/attendance"): Case(everyone(200)),
    # the matrix's visits are checked into and reported
    ("GET", "/api/v1/visits"): Case(everyone(200)),
    ("POST", "/api/v1/visits"): Case(
        everyone(201), {"customer_id": "{customer_id}", "planned_date": "2027-01-15"}
    ),
    ("POST", "/api/v1/visits/check-in"): Case(
        everyone(201),
        {
            "customer_id": "{customer_id}",
            "checked_in_at": "{now}",
            "latitude": 28.6,
            "longitude": 77.2,
        },
    ),
    ("GET", "/api/v1/visits/{visit_id}"): Case(scoped(200)),
    ("PATCH", "/api/v1/visits/{visit_id}"): Case(scoped(409), {"purpose": "x"}, IF_MATCH),
    ("POST", "/api/v1/visits/{visit_id}/check-in"): Case(
        {"anonymous": (401, 401), "engineer": (409, 404), "head": (403, 404), "admin": (403, 403)},
        {"checked_in_at": "{now}", "latitude": 28.6, "longitude": 77.2},
    ),
    ("POST", "/api/v1/visits/{visit_id}/check-out"): Case(
        {"anonymous": (401, 401), "engineer": (200, 404), "head": (403, 404), "admin": (403, 403)},
        {"checked_out_at": "{now}", "latitude": 28.6, "longitude": 77.2},
    ),
    ("POST", "/api/v1/visits/{visit_id}/cancel"): Case(scoped(409)),
    ("POST", "/api/v1/visits/{visit_id}/report"): Case(
        {"anonymous": (401, 401), "engineer": (409, 404), "head": (403, 404), "admin": (403, 403)},
        {"outcome": "x"},
    ),
    ("GET", "/api/v1/visits/{visit_id}/report"): Case(scoped(200)),
    ("PATCH", "/api/v1/visits/{visit_id}/report"): Case(
        {"anonymous": (401, 401), "engineer": (200, 404), "head": (403, 404), "admin": (403, 403)},
        {"next_steps": "x"},
        IF_MATCH,
    ),
    # a report's photos: added and removed by the person who visited; the matrix's
    # report has one photo ({file_id}), read by whoever sees the report
    ("POST", "/api/v1/visits/{visit_id}/report/photos"): Case(
        {"anonymous": (401, 401), "engineer": (201, 404), "head": (403, 404), "admin": (403, 403)},
        files=PHOTO,
    ),
    ("DELETE", "/api/v1/visits/{visit_id}/report/photos/{file_id}"): Case(
        {"anonymous": (401, 401), "engineer": (204, 404), "head": (403, 404), "admin": (403, 403)}
    ),
    ("GET", "/api/v1/files/{file_id}"): Case(scoped(200)),
    ("GET", "/api/v1/files/{file_id}/content"): Case(scoped(200)),
    ("GET", "/api/v1/files/{file_id}/thumbnail"): Case(scoped(200)),
    # to-dos are personal: not even a head or an admin sees someone else's
    # expense reports: scoped like visits; only the owner edits and submits (the matrix's
    # own report is already submitted: 409), heads and admins decide and reimburse
    ("GET", "/api/v1/expense-reports"): Case(everyone(200)),
    ("GET", "/api/v1/expense-reports/policy"): Case(everyone(200)),
    ("POST", "/api/v1/expense-reports"): Case(
        everyone(201),
        {"title": "Matrix trip", "period_start": "2026-11-02", "period_end": "2026-11-03"},
    ),
    ("GET", "/api/v1/expense-reports/{expense_report_id}"): Case(scoped(200)),
    ("POST", "/api/v1/expense-reports/{expense_report_id}/lines"): Case(
        OWNER_EDITS_SUBMITTED,
        {"expense_date": "2026-11-02", "category": "food", "amount": "10"},
    ),
    ("DELETE", "/api/v1/expense-reports/{expense_report_id}/lines/{expense_line_id}"): Case(
        OWNER_EDITS_SUBMITTED
    ),
    ("POST", "/api/v1/expense-reports/{expense_report_id}/lines/{expense_line_id}/receipts"): Case(
        OWNER_EDITS_SUBMITTED, files=PHOTO
    ),
    (
        "DELETE",
        "/api/v1/expense-reports/{expense_report_id}/lines/{expense_line_id}/receipts/{file_id}",
    ): Case(OWNER_EDITS_SUBMITTED),
    ("POST", "/api/v1/expense-reports/{expense_report_id}/submit"): Case(OWNER_EDITS_SUBMITTED),
    ("POST", "/api/v1/expense-reports/{expense_report_id}/decide"): Case(
        {"anonymous": (401, 401), "engineer": (403, 404), "head": (200, 404), "admin": (200, 200)},
        {"approve": True},
    ),
    ("POST", "/api/v1/expense-reports/{expense_report_id}/reimburse"): Case(
        {"anonymous": (401, 401), "engineer": (403, 404), "head": (409, 404), "admin": (409, 409)},
        {"reimbursed_on": "2026-11-20", "reference": "NEFT-1"},
    ),
    ("GET", "/api/v1/todos"): Case(everyone(200)),
    ("POST", "/api/v1/todos"): Case(everyone(201), {"title": "Matrix to-do"}),
    ("GET", "/api/v1/todos/{todo_id}"): Case(personal(200)),
    ("PATCH", "/api/v1/todos/{todo_id}"): Case(personal(200), {"title": "Renamed"}, IF_MATCH),
    ("POST", "/api/v1/todos/{todo_id}/move"): Case(personal(200), {"after_id": None}),
    ("DELETE", "/api/v1/todos/{todo_id}"): Case(personal(204), None, IF_MATCH),
    # targets: read by whoever sees them (an engineer their own), set by heads and admins
    ("GET", "/api/v1/targets"): Case(everyone(200)),
    ("POST", "/api/v1/targets"): Case(
        only(201, "head", "admin"),
        {
            "engineer_id": "{user_id}",
            "revenue": "100",
            "period": "month",
            "period_start": "2026-10-01",
        },
    ),
    ("GET", "/api/v1/targets/{target_id}"): Case(scoped(200)),
    ("PATCH", "/api/v1/targets/{target_id}"): Case(
        {**scoped(200), "engineer": (403, 404)}, {"revenue": "150"}, IF_MATCH
    ),
    ("DELETE", "/api/v1/targets/{target_id}"): Case(
        {**scoped(204), "engineer": (403, 404)}, None, IF_MATCH
    ),
    # invoices and payments: visible when the customer is; engineers read, heads and
    # admins write. The invoice is issued (so a credit note can be made of it).
    ("GET", "/api/v1/invoices"): Case(everyone(200)),
    ("POST", "/api/v1/invoices"): Case(
        only(201, "head", "admin"),
        {
            "customer_id": "{customer_id}",
            "lines": [{"product_id": "{product_id}", "quantity": "1", "unit_price": "10"}],
        },
    ),
    # by external id: the side's issued invoice, sent again as it is (unchanged)
    ("GET", "/api/v1/invoices/by-external-id/{external_id}"): Case(scoped(200)),
    ("PUT", "/api/v1/invoices/by-external-id/{external_id}"): Case(
        {"anonymous": (401, 401), "engineer": (403, 403), "head": (200, 409), "admin": (200, 200)},
        {"status": "issued"},
    ),
    ("GET", "/api/v1/invoices/{invoice_id}"): Case(scoped(200)),
    ("GET", "/api/v1/invoices/{invoice_id}/pdf"): Case(scoped(200)),
    ("POST", "/api/v1/invoices/{invoice_id}/issue"): Case(
        {"anonymous": (401, 401), "engineer": (403, 403), "head": (200, 404), "admin": (200, 200)}
    ),
    ("POST", "/api/v1/invoices/{invoice_id}/cancel"): Case(
        {"anonymous": (401, 401), "engineer": (403, 403), "head": (409, 404), "admin": (409, 409)}
    ),
    ("POST", "/api/v1/invoices/{invoice_id}/credit-notes"): Case(
        {"anonymous": (401, 401), "engineer": (403, 403), "head": (201, 404), "admin": (201, 201)},
        {"amount": "1.00", "reason": "Matrix"},
    ),
    ("GET", "/api/v1/payments"): Case(everyone(200)),
    ("POST", "/api/v1/payments"): Case(
        only(201, "head", "admin"),
        {"customer_id": "{customer_id}", "amount": "5.00", "method": "cash"},
    ),
    ("GET", "/api/v1/payments/{payment_id}"): Case(scoped(200)),
    ("POST", "/api/v1/payments/{payment_id}/allocations"): Case(
        {"anonymous": (401, 401), "engineer": (403, 403), "head": (200, 404), "admin": (200, 200)},
        {"allocations": [{"invoice_id": "{invoice_id}", "amount": "1.00"}]},
    ),
    ("GET", "/api/v1/receivables/aging"): Case(everyone(200)),
    ("GET", "/api/v1/customers/{customer_id}/receivables"): Case(scoped(200)),
    # reports: figures over the records each caller may see (scoping: tests/reports)
    ("GET", "/api/v1/reports/sales"): Case(everyone(200)),
    ("GET", "/api/v1/reports/receivables"): Case(everyone(200)),
    ("GET", "/api/v1/reports/leads"): Case(everyone(200)),
    ("GET", "/api/v1/reports/activities"): Case(everyone(200)),
    ("GET", "/api/v1/reports/customers"): Case(everyone(200)),
    ("GET", "/api/v1/reports/forecast"): Case(everyone(200)),
    ("GET", "/api/v1/reports/revenue-forecast"): Case(everyone(200)),
    ("GET", "/api/v1/reports/forecast-accuracy"): Case(everyone(200)),
    ("GET", "/api/v1/reports/paid-revenue"): Case(everyone(200)),
    ("GET", "/api/v1/reports/order-history"): Case(everyone(200)),
    ("GET", "/api/v1/reports/logins"): Case(only(200, "head", "admin")),
    ("GET", "/api/v1/reports/inventory"): Case(everyone(200)),
    ("GET", "/api/v1/reports/contacts"): Case(everyone(200)),
    ("GET", "/api/v1/dashboard"): Case(everyone(200)),
}


@dataclass
class Records:
    """The own and foreign record of each kind, built once per test."""

    own: dict[str, Any]
    foreign: dict[str, Any]


async def _customers(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    own = await create_customer(
        session, owner=world.engineer, territory=world.north, external_id="MATRIX-OWN"
    )
    foreign = await create_customer(
        session,
        owner=world.engineer_other_team,
        territory=world.south,
        external_id="MATRIX-FOREIGN",
    )
    return (
        {"customer_id": own.id, "contact_id": own.contacts[0].id, "external_id": "MATRIX-OWN"},
        {
            "customer_id": foreign.id,
            "contact_id": foreign.contacts[0].id,
            "external_id": "MATRIX-FOREIGN",
        },
    )


async def _activities(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    own = await create_activity(session, owner=world.engineer)
    foreign = await create_activity(session, owner=world.engineer_other_team)
    unknown_token = {"token": "no-such-calendar-token"}
    return {"activity_id": own.id, **unknown_token}, {"activity_id": foreign.id, **unknown_token}


async def _leads(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    own = await create_lead(
        session, owner=world.engineer, territory=world.north, status=LeadStatus.CONTACTED
    )
    foreign = await create_lead(
        session, owner=world.engineer_other_team, territory=world.south, status=LeadStatus.CONTACTED
    )
    return (
        {"lead_id": own.id, "assignee_id": world.teammate.id},
        {"lead_id": foreign.id, "assignee_id": world.engineer_other_team.id},
    )


async def _pipelines(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    """A pipeline no deal uses (so its stages can be deleted); the same for both sides."""
    stages = [
        PipelineStage(name="First", position=1, probability=10, required_fields=[]),
        PipelineStage(name="Second", position=2, probability=50, required_fields=[]),
        PipelineStage(
            name="Won", position=3, probability=100, kind=StageKind.WON, required_fields=[]
        ),
        PipelineStage(
            name="Lost", position=4, probability=0, kind=StageKind.LOST, required_fields=[]
        ),
    ]
    pipeline = Pipeline(name="Matrix pipeline", stages=stages)
    session.add(pipeline)
    await session.flush()
    ids = {
        "pipeline_id": pipeline.id,
        "stage_id": stages[0].id,
        "second_stage_id": stages[1].id,
        "won_stage_id": stages[2].id,
        "lost_stage_id": stages[3].id,
        "proposal_stage_id": (await stage_named(session, "Proposal")).id,
    }
    return ids, ids


async def _opportunities(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    own_customer = await create_customer(session, owner=world.engineer, territory=world.north)
    foreign_customer = await create_customer(
        session, owner=world.engineer_other_team, territory=world.south
    )
    own = await create_opportunity(session, owner=world.engineer, customer=own_customer)
    foreign = await create_opportunity(
        session, owner=world.engineer_other_team, customer=foreign_customer
    )
    return {"opportunity_id": own.id}, {"opportunity_id": foreign.id}


async def _notifications(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    own = await create_notification(session, user=world.engineer)
    foreign = await create_notification(session, user=world.engineer_other_team)
    return {"notification_id": own.id}, {"notification_id": foreign.id}


async def _jobs(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    """A failed job (the queue is the company's: the same on both sides)."""
    job_id = await session.scalar(
        text(
            "INSERT INTO procrastinate_jobs (queue_name, task_name, status, args) "
            "VALUES ('default', 'leads.rescore_open_leads', 'failed', '{}') RETURNING id"
        )
    )
    return {"job_id": job_id}, {"job_id": job_id}


async def _api_keys(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    """An API key (the company's: the same on both sides)."""
    key, _ = await create_api_key(session, by=world.admin)
    return {"api_key_id": key.id}, {"api_key_id": key.id}


async def _webhooks(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    """A webhook with a delivery (the company's: the same on both sides)."""
    webhook, _ = await create_webhook(session, by=world.admin)
    delivery = WebhookDelivery(
        webhook_id=webhook.id,
        event_id=uuid.uuid4(),
        event_type="customer.created",
        entity_type="customers",
        entity_id=uuid.uuid4(),
        status=WebhookDeliveryStatus.SUCCEEDED,
        attempt_count=1,
    )
    session.add(delivery)
    await session.flush()
    ids = {"webhook_id": webhook.id, "webhook_delivery_id": delivery.id}
    return ids, ids


async def _saved_views(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    own = SavedView(
        owner_id=world.engineer.id, team_id=world.team.id, name="Mine", list_key="leads"
    )
    foreign = SavedView(
        owner_id=world.engineer_other_team.id,
        team_id=world.other_team.id,
        name="Theirs",
        list_key="leads",
    )
    session.add_all([own, foreign])
    await session.flush()
    return {"view_id": own.id}, {"view_id": foreign.id}


async def _catalogue(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    """A tax category, a product, an empty product group (so it can be deleted), and
    price lists for the engineer's customer (own) and the other team's (foreign)."""
    category = await create_tax_category(session)
    product = await create_product(session, tax_category=category, external_id="MATRIX-OWN")
    await create_product(session, tax_category=category, external_id="MATRIX-FOREIGN")
    group = await create_product_group(session)
    own_customer = await create_customer(session, owner=world.engineer, territory=world.north)
    foreign_customer = await create_customer(
        session, owner=world.engineer_other_team, territory=world.south
    )
    sides = []
    for customer, external_id in (
        (own_customer, "MATRIX-OWN"),
        (foreign_customer, "MATRIX-FOREIGN"),
    ):
        price_list = await create_price_list(
            session,
            scope=PriceListScope.CUSTOMER,
            customer=customer,
            lines=[(product, "1", "100")],
        )
        price_list.external_id = external_id
        line_id = await session.scalar(
            select(PriceListLine.id).where(PriceListLine.price_list_id == price_list.id)
        )
        sides.append(
            {
                "tax_category_id": category.id,
                "product_id": product.id,
                "group_id": group.id,
                "price_list_id": price_list.id,
                "line_id": line_id,
                "role": "sales_engineer",
            }
        )
    return tuple(sides)


async def _quotes(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    """A draft quote of the engineer's (own) and of the other team's (foreign)."""
    product = await create_product(session)
    own_customer = await create_customer(session, owner=world.engineer, territory=world.north)
    foreign_customer = await create_customer(
        session, owner=world.engineer_other_team, territory=world.south
    )
    own = await create_quote(
        session, owner=world.engineer, customer=own_customer, lines=[(product, "1", "100", "0")]
    )
    foreign = await create_quote(
        session,
        owner=world.engineer_other_team,
        customer=foreign_customer,
        lines=[(product, "1", "100", "0")],
    )
    return {"quote_id": own.id}, {"quote_id": foreign.id}


async def _sales_orders(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    """A draft order of the engineer's (own) and of the other team's (foreign)."""
    product = await create_product(session)
    own_customer = await create_customer(session, owner=world.engineer, territory=world.north)
    foreign_customer = await create_customer(
        session, owner=world.engineer_other_team, territory=world.south
    )
    own = await create_sales_order(
        session,
        owner=world.engineer,
        customer=own_customer,
        lines=[(product, "1", "100", "0")],
        external_id="MATRIX-OWN",
    )
    foreign = await create_sales_order(
        session,
        owner=world.engineer_other_team,
        customer=foreign_customer,
        lines=[(product, "1", "100", "0")],
        external_id="MATRIX-FOREIGN",
    )
    return {"sales_order_id": own.id}, {"sales_order_id": foreign.id}


async def _stock(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    """Two warehouses, a product with stock in the first, an ordered procurement request
    (company data: the same on both sides)."""
    warehouse, second = await create_warehouse(session), await create_warehouse(session)
    product = await create_product(session)
    await put_stock(session, product, warehouse, "5")
    request = await create_procurement_request(session, product, warehouse, "10")
    request.status, request.supplier = ProcurementStatus.ORDERED, "Matrix supplier"
    await session.flush()
    ids = {
        "warehouse_id": warehouse.id,
        "second_warehouse_id": second.id,
        "stocked_product_id": product.id,
        "request_id": request.id,
    }
    return ids, ids


async def _deliveries(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    """A confirmed order of 2 pumps per side (stock enough for both) with a delivery of
    1 pump being picked."""
    from app.deliveries import service as deliveries
    from app.deliveries.schemas import DeliveryCreate, DeliveryLineIn
    from app.sales_orders import service as sales_orders
    from app.users.service import principal_for_user

    warehouse, product = (
        await create_warehouse(session, code="0-MATRIX"),
        await create_product(session),
    )
    await put_stock(session, product, warehouse, "4")
    sides = []
    for owner, territory in (
        (world.engineer, world.north),
        (world.engineer_other_team, world.south),
    ):
        customer = await create_customer(session, owner=owner, territory=territory)
        order = await create_sales_order(
            session,
            owner=owner,
            customer=customer,
            lines=[(product, "2", "100", "0")],
            warehouse_id=warehouse.id,
        )
        principal = await principal_for_user(session, owner.id)
        assert principal is not None
        await sales_orders.confirm_sales_order(session, principal, order)
        lines = await sales_orders.order_lines(session, principal, order.id)
        saved = await deliveries.create_delivery(
            session,
            principal,
            data=DeliveryCreate(
                sales_order_id=order.id,
                lines=[DeliveryLineIn(sales_order_line_id=lines[0].id, quantity=Decimal(1))],
            ),
        )
        sides.append({"delivered_order_id": order.id, "delivery_id": saved.entity.id})
    return sides[0], sides[1]


async def _field_work(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    """An open duty day, a visit checked into and reported, and a to-do of the engineer
    (own) and of the other team's engineer (foreign)."""
    sides = []
    for person, territory in (
        (world.engineer, world.north),
        (world.engineer_other_team, world.south),
    ):
        customer = await create_customer(session, owner=person, territory=territory)
        day = await create_duty_day(session, user=person)
        visit = await create_visit(
            session, owner=person, customer=customer, status=VisitStatus.CHECKED_IN
        )
        report = await create_visit_report(session, visit=visit)
        photo = await create_attached_file(session, spec=REPORT_PHOTOS, parent=report, owner=person)
        todo = await create_todo(session, owner=person)
        sides.append(
            {
                "duty_day_id": day.id,
                "visit_id": visit.id,
                "file_id": photo.id,
                "todo_id": todo.id,
                "ping_id": uuid.uuid4(),
                "now": utcnow().isoformat(),
            }
        )
    return tuple(sides)


async def _billing(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    """An issued invoice and a payment with credit left, of the engineer's customer (own)
    and of the other team's (foreign)."""
    product = await create_product(session)
    sides = []
    for owner, territory, external_id in (
        (world.engineer, world.north, "MATRIX-OWN"),
        (world.engineer_other_team, world.south, "MATRIX-FOREIGN"),
    ):
        customer = await create_customer(session, owner=owner, territory=territory)
        invoice = await create_invoice(
            session,
            by=world.admin,
            customer=customer,
            lines=[(product, "1", "100", "0")],
            issued_on=date(2026, 6, 1),
        )
        payment = await create_payment(
            session, by=world.admin, customer=customer, amount="50", paid_on=date(2026, 6, 2)
        )
        invoice.external_id = external_id
        await session.flush()
        sides.append({"invoice_id": invoice.id, "payment_id": payment.id})
    return tuple(sides)


async def _expenses(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    """A submitted expense report with one line, of the engineer (own) and of the other
    team's engineer (foreign)."""
    sides = []
    for person in (world.engineer, world.engineer_other_team):
        report = ExpenseReport(
            owner_id=person.id,
            title="Matrix trip",
            period_start=date(2026, 11, 2),
            period_end=date(2026, 11, 3),
            currency="INR",
            status=ExpenseStatus.SUBMITTED,
        )
        session.add(report)
        await session.flush()
        line = ExpenseLine(
            report_id=report.id,
            owner_id=person.id,
            expense_date=date(2026, 11, 2),
            category=ExpenseCategory.FOOD,
            amount=Decimal("100"),
            currency="INR",
        )
        session.add(line)
        await session.flush()
        sides.append({"expense_report_id": report.id, "expense_line_id": line.id})
    return tuple(sides)


async def _imports_and_exports(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    """A dry-run customers import and a written customers export of the engineer (own)
    and of the other team's engineer (foreign); the admin's of products and price lists
    (the same on both sides)."""
    from app.exports.models import Export, ExportStatus
    from app.imports.models import Import, ImportRow, ImportStatus

    async def made_by(user: Any, resource: str) -> dict[str, Any]:
        found = Import(
            resource=resource,
            file_format="csv",
            filename="matrix.csv",
            status=ImportStatus.DRY_RUN_DONE,
            dry_run=True,
            total_rows=1,
            processed_rows=1,
            dry_run_counts={"created": 1, "updated": 0, "unchanged": 0, "refused": 0},
            owner_id=user.id,
            created_by=user.email,
        )
        key = f"exports/matrix/{uuid.uuid4()}.csv"
        await get_storage().put(key, b"external_id\r\n", content_type="text/csv")
        written = Export(
            resource=resource,
            file_format="csv",
            status=ExportStatus.DONE,
            total_rows=0,
            processed_rows=0,
            filename="matrix.csv",
            storage_key=key,
            size_bytes=13,
            owner_id=user.id,
            created_by=user.email,
        )
        session.add_all([found, written])
        await session.flush()
        session.add(
            ImportRow(
                import_id=found.id,
                row_number=2,
                rows=[2],
                external_id="MATRIX-NEW",
                data={"name": "Matrix Co"},
                columns={"name": "name"},
                dry_run_outcome="created",
            )
        )
        await session.flush()
        return {"import_id": found.id, "export_id": written.id}

    shared: dict[str, Any] = {}
    for resource in ("products", "price_lists", "sales_orders", "invoices"):
        made = await made_by(world.admin, resource)
        shared[f"{resource.removesuffix('s')}_import_id"] = made["import_id"]
        shared[f"{resource.removesuffix('s')}_export_id"] = made["export_id"]
    own = await made_by(world.engineer, "customers")
    foreign = await made_by(world.engineer_other_team, "customers")
    return {**own, **shared}, {**foreign, **shared}


async def _privacy(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    """A contact of the engineer's customer (own) and of the other team's (foreign)."""
    own = await create_customer(session, owner=world.engineer, territory=world.north)
    foreign = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    return (
        {"kind": "contact", "subject_id": own.contacts[0].id},
        {"kind": "contact", "subject_id": foreign.contacts[0].id},
    )


async def _targets(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    """A month's target of the engineer (own) and of the other team's engineer."""
    sides = []
    for person in (world.engineer, world.engineer_other_team):
        target = Target(
            engineer_id=person.id,
            period=TargetPeriod.MONTH,
            period_start=date(2026, 11, 1),
            period_end=date(2026, 11, 30),
            currency="INR",
            revenue=Decimal(1000),
        )
        session.add(target)
        await session.flush()
        sides.append({"target_id": target.id})
    return tuple(sides)


# Each domain adds a builder returning (own ids, foreign ids) by path parameter name.
RECORD_BUILDERS: list[Callable[[AsyncSession, World], Awaitable[tuple[dict[str, Any], ...]]]] = [
    _customers,
    _activities,
    _leads,
    _pipelines,
    _opportunities,
    _notifications,
    _jobs,
    _api_keys,
    _webhooks,
    _saved_views,
    _catalogue,
    _quotes,
    _sales_orders,
    _stock,
    _deliveries,
    _field_work,
    _billing,
    _expenses,
    _imports_and_exports,
    _targets,
    _privacy,
]


async def build_records(session: AsyncSession, world: World) -> Records:
    own: dict[str, Any] = {
        "user_id": world.teammate.id,
        "team_id": world.team.id,
        "territory_id": world.north.id,
    }
    foreign: dict[str, Any] = {
        "user_id": world.engineer_other_team.id,
        "team_id": world.other_team.id,
        "territory_id": world.south.id,
    }
    for builder in RECORD_BUILDERS:
        mine, theirs = await builder(session, world)
        own.update(mine)
        foreign.update(theirs)
    await session.commit()
    return Records(own, foreign)


def _app_routes() -> set[tuple[str, str]]:
    """Every operation of the app, read from its OpenAPI document (FastAPI includes
    routers lazily, so ``app.routes`` does not list them)."""
    paths = openapi_document()["paths"]
    return {(method.upper(), path) for path, ops in paths.items() for method in ops}


def test_every_route_has_a_row():
    missing = sorted(_app_routes() - MATRIX.keys())
    assert not missing, f"routes without an authorization row: {missing}"
    stale = sorted(MATRIX.keys() - _app_routes())
    assert not stale, f"rows for routes that no longer exist: {stale}"


CASES = [
    (method, path, role, which)
    for (method, path) in sorted(MATRIX)
    for role in ROLES
    for which in ("own", "foreign")
    if which == "own" or "{" in path
]


def _fill(body: Any, ids: dict[str, str]) -> Any:
    """Bodies name records like paths do: "{customer_id}" becomes the side's id."""
    if isinstance(body, str):
        return body.format(**ids) if body.startswith("{") else body
    if isinstance(body, list):
        return [_fill(item, ids) for item in body]
    if isinstance(body, dict):
        return {key: _fill(value, ids) for key, value in body.items()}
    return body


@pytest.mark.parametrize(("method", "path", "role", "which"), CASES)
async def test_route_answers_as_the_matrix_says(
    client: AsyncClient, session: AsyncSession, world: World, method, path, role, which
):
    case = MATRIX[(method, path)]
    records = await build_records(session, world)
    ids = records.own if which == "own" else records.foreign
    ids = {**ids, **{name: ids[alias] for name, alias in case.aliases.items()}}
    url = path.format(**{k: str(v) for k, v in ids.items()})
    caller = {"engineer": world.engineer, "head": world.head, "admin": world.admin}.get(role)
    headers = {**case.headers, **(auth(caller) if caller else {})}
    body = _fill(case.body, {k: str(v) for k, v in ids.items()})
    if case.files is not None:
        answer = await client.request(method, url, files=case.files, headers=headers)
    else:
        answer = await client.request(method, url, json=body, headers=headers)
    expected = case.expect[role][0 if which == "own" else 1]
    assert answer.status_code == expected, answer.text
