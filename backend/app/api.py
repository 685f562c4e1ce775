"""The versioned API: every domain's router, in the order they are matched."""

from fastapi import APIRouter, FastAPI

from app.activities.router import me_router as agenda_router
from app.activities.router import router as activities_router
from app.api_keys.router import router as api_keys_router
from app.api_keys.router import secret_router as api_key_secrets_router
from app.attendance.router import router as attendance_router
from app.audit.router import router as audit_router
from app.auth.router import oauth_router
from app.auth.router import report_router as login_report_router
from app.auth.router import router as auth_router
from app.core.dispatch import dispatch_by_segment
from app.customers.router import router as customers_router
from app.deliveries.router import router as deliveries_router
from app.discounts.router import router as discount_limits_router
from app.duty.router import router as duty_router
from app.expenses.router import router as expenses_router
from app.exports.router import routers as export_routers
from app.files.router import router as files_router
from app.imports.router import routers as import_routers
from app.inventory.router import router as stock_router
from app.inventory.router import warehouses_router
from app.invoices.router import router as invoices_router
from app.jobs.router import router as jobs_router
from app.leads.router import router as leads_router
from app.leads.router import rules_router as lead_scoring_router
from app.locations.router import people_router as day_routes_router
from app.locations.router import router as locations_router
from app.notifications.router import router as notifications_router
from app.opportunities.router import router as opportunities_router
from app.payments.router import router as payments_router
from app.pipelines.router import router as pipelines_router
from app.price_lists.router import prices_router
from app.price_lists.router import router as price_lists_router
from app.privacy.router import router as privacy_router
from app.procurement.router import router as procurement_router
from app.products.router import groups_router as product_groups_router
from app.products.router import router as products_router
from app.quotes.router import router as quotes_router
from app.receivables.router import customer_router as customer_receivables_router
from app.receivables.router import router as receivables_router
from app.reports.router import dashboard_router
from app.reports.router import router as reports_router
from app.sales_orders.router import router as sales_orders_router
from app.saved_views.router import router as saved_views_router
from app.sync.router import router as sync_router
from app.targets.router import router as targets_router
from app.taxes.router import router as tax_categories_router
from app.todos.router import router as todos_router
from app.users.router import router as users_router
from app.visits.router import router as visits_router
from app.webhooks.router import router as webhooks_router
from app.webhooks.router import secret_router as webhook_secrets_router

API_PREFIX = "/api/v1"

DOMAIN_ROUTERS: tuple[APIRouter, ...] = (
    auth_router,
    oauth_router,
    api_keys_router,
    api_key_secrets_router,
    login_report_router,
    users_router,
    customers_router,
    audit_router,
    activities_router,
    agenda_router,
    leads_router,
    lead_scoring_router,
    pipelines_router,
    opportunities_router,
    notifications_router,
    sync_router,
    jobs_router,
    saved_views_router,
    products_router,
    product_groups_router,
    tax_categories_router,
    price_lists_router,
    prices_router,
    discount_limits_router,
    quotes_router,
    sales_orders_router,
    warehouses_router,
    stock_router,
    procurement_router,
    duty_router,
    locations_router,
    day_routes_router,
    attendance_router,
    visits_router,
    todos_router,
    targets_router,
    expenses_router,
    invoices_router,
    payments_router,
    receivables_router,
    customer_receivables_router,
    deliveries_router,
    files_router,
    webhooks_router,
    webhook_secrets_router,
    reports_router,
    dashboard_router,
    *import_routers,
    *export_routers,
    privacy_router,
)


def include_api(app: FastAPI) -> None:
    """Each domain's router straight under the app, at ``API_PREFIX``. Not nested in one
    ``/api/v1`` router: FastAPI would then walk every domain's router twice per request
    (once to find the match, once more to handle it) and add up the nested routers'
    versions on each walk, a visible share of a list request's time."""
    for router in DOMAIN_ROUTERS:
        app.include_router(router, prefix=API_PREFIX)
    dispatch_by_segment(app, API_PREFIX, DOMAIN_ROUTERS)
