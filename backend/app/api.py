"""The versioned API: one include per domain."""

from fastapi import APIRouter

from app.activities.router import me_router as agenda_router
from app.activities.router import router as activities_router
from app.api_keys.router import router as api_keys_router
from app.api_keys.router import secret_router as api_key_secrets_router
from app.attendance.router import router as attendance_router
from app.audit.router import router as audit_router
from app.auth.router import oauth_router
from app.auth.router import report_router as login_report_router
from app.auth.router import router as auth_router
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

api_v1 = APIRouter(prefix="/api/v1")
api_v1.include_router(auth_router)
api_v1.include_router(oauth_router)
api_v1.include_router(api_keys_router)
api_v1.include_router(api_key_secrets_router)
api_v1.include_router(login_report_router)
api_v1.include_router(users_router)
api_v1.include_router(customers_router)
api_v1.include_router(audit_router)
api_v1.include_router(activities_router)
api_v1.include_router(agenda_router)
api_v1.include_router(leads_router)
api_v1.include_router(lead_scoring_router)
api_v1.include_router(pipelines_router)
api_v1.include_router(opportunities_router)
api_v1.include_router(notifications_router)
api_v1.include_router(sync_router)
api_v1.include_router(jobs_router)
api_v1.include_router(saved_views_router)
api_v1.include_router(products_router)
api_v1.include_router(product_groups_router)
api_v1.include_router(tax_categories_router)
api_v1.include_router(price_lists_router)
api_v1.include_router(prices_router)
api_v1.include_router(discount_limits_router)
api_v1.include_router(quotes_router)
api_v1.include_router(sales_orders_router)
api_v1.include_router(warehouses_router)
api_v1.include_router(stock_router)
api_v1.include_router(procurement_router)
api_v1.include_router(duty_router)
api_v1.include_router(locations_router)
api_v1.include_router(day_routes_router)
api_v1.include_router(attendance_router)
api_v1.include_router(visits_router)
api_v1.include_router(todos_router)
api_v1.include_router(targets_router)
api_v1.include_router(expenses_router)
api_v1.include_router(invoices_router)
api_v1.include_router(payments_router)
api_v1.include_router(receivables_router)
api_v1.include_router(customer_receivables_router)
api_v1.include_router(deliveries_router)
api_v1.include_router(files_router)
api_v1.include_router(webhooks_router)
api_v1.include_router(webhook_secrets_router)
api_v1.include_router(reports_router)
api_v1.include_router(dashboard_router)
for import_router in import_routers:
    api_v1.include_router(import_router)
for export_router in export_routers:
    api_v1.include_router(export_router)
api_v1.include_router(privacy_router)
