"""The versioned API: one include per domain."""

from fastapi import APIRouter

from app.activities.router import me_router as agenda_router
from app.activities.router import router as activities_router
from app.audit.router import router as audit_router
from app.auth.router import report_router as login_report_router
from app.auth.router import router as auth_router
from app.customers.router import router as customers_router
from app.discounts.router import router as discount_limits_router
from app.jobs.router import router as jobs_router
from app.leads.router import router as leads_router
from app.leads.router import rules_router as lead_scoring_router
from app.notifications.router import router as notifications_router
from app.opportunities.router import router as opportunities_router
from app.pipelines.router import router as pipelines_router
from app.price_lists.router import prices_router
from app.price_lists.router import router as price_lists_router
from app.products.router import groups_router as product_groups_router
from app.products.router import router as products_router
from app.quotes.router import router as quotes_router
from app.saved_views.router import router as saved_views_router
from app.sync.router import router as sync_router
from app.taxes.router import router as tax_categories_router
from app.users.router import router as users_router

api_v1 = APIRouter(prefix="/api/v1")
api_v1.include_router(auth_router)
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
