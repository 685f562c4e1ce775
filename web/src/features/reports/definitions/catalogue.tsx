import type { ReactElement } from 'react'
import type { Permission } from '@/lib/auth/permissions'
import type { ReportPath } from '../api/report-api'
import { ReportPage, type ReportDefinition } from '../components/report-page'
import { activitiesReport } from './activities'
import { contactsReport } from './contacts'
import { customersReport } from './customers'
import { forecastReport } from './forecast'
import { forecastAccuracyReport } from './forecast-accuracy'
import { inventoryReport } from './inventory'
import { leadsReport } from './leads'
import { loginsReport } from './logins'
import { orderHistoryReport } from './order-history'
import { paidRevenueReport } from './paid-revenue'
import { receivablesReport } from './receivables'
import { revenueForecastReport } from './revenue-forecast'
import { salesReport } from './sales'

export interface CatalogueEntry {
  /** The page is /reports/<slug>. */
  slug: string
  title: string
  /** The question the report answers, for the index. */
  answers: string
  group: 'Sales' | 'Forecasts' | 'Customers and leads' | 'Operations' | 'People'
  /** What the API requires (reports/router.py): the index and the route use the same. */
  permission: Permission
  page: (canPickPeople: boolean) => ReactElement
}

// Each page is keyed by its report: the frame keeps the last answer while a filter
// changes, which must never be another report's.
function entry<P extends ReportPath>(e: Omit<CatalogueEntry, 'page'>, definition: ReportDefinition<P>): CatalogueEntry {
  return { ...e, page: (canPickPeople) => <ReportPage key={e.slug} definition={definition} canPickPeople={canPickPeople} /> }
}

export const REPORTS: CatalogueEntry[] = [
  entry({ slug: 'sales', title: 'Sales', group: 'Sales', permission: 'reports:read', answers: 'How much did we book and invoice per month, territory, seller or product group, against the period before?' }, salesReport),
  entry({ slug: 'receivables', title: 'Receivables', group: 'Sales', permission: 'reports:read', answers: 'Who owes us how much and for how long, and are we collecting what the orders’ invoicing plans promised?' }, receivablesReport),
  entry({ slug: 'order-history', title: 'Order history', group: 'Sales', permission: 'reports:read', answers: 'What became of each order: confirmed, delivered, invoiced, collected, and how long each step took?' }, orderHistoryReport),
  entry({ slug: 'paid-revenue', title: 'Paid revenue', group: 'Sales', permission: 'reports:read', answers: 'How much did each seller’s customers actually pay, with and without tax: the commission base?' }, paidRevenueReport),
  entry({ slug: 'forecast', title: 'Pipeline forecast', group: 'Forecasts', permission: 'reports:read', answers: 'What will close in the coming months: won, commit, best case and the probability-weighted pipeline?' }, forecastReport),
  entry({ slug: 'revenue-forecast', title: 'Revenue forecast', group: 'Forecasts', permission: 'reports:read', answers: 'Where is monthly revenue heading on its own history, within what range, and how accurate has that been?' }, revenueForecastReport),
  entry({ slug: 'forecast-accuracy', title: 'Forecast accuracy', group: 'Forecasts', permission: 'reports:read', answers: 'How far off were last months’ forecasts, and did the months land in the predicted range?' }, forecastAccuracyReport),
  entry({ slug: 'customers', title: 'Customers', group: 'Customers and leads', permission: 'reports:read', answers: 'Who bought: new or returning customers, revenue per customer, the top customers and each segment?' }, customersReport),
  entry({ slug: 'leads', title: 'Leads and the funnel', group: 'Customers and leads', permission: 'reports:read', answers: 'Which sources bring leads that become deals and wins, at what rates and how fast?' }, leadsReport),
  entry({ slug: 'contacts', title: 'Contact interactions', group: 'Customers and leads', permission: 'reports:read', answers: 'Whom do we talk to, how often, by which channel, and who has gone quiet?' }, contactsReport),
  entry({ slug: 'activities', title: 'Field activity', group: 'People', permission: 'reports:read', answers: 'What did each engineer do: calls, meetings, visits, working days and kilometres?' }, activitiesReport),
  entry({ slug: 'logins', title: 'Employee logins', group: 'People', permission: 'login_report:read', answers: 'Who signed in, how often and from which devices, and where did sign-ins fail?' }, loginsReport),
  entry({ slug: 'inventory', title: 'Inventory', group: 'Operations', permission: 'reports:read', answers: 'What stock is where, how much is reserved or available, what is not moving, and what is on order?' }, inventoryReport),
]

export const findReport = (slug: string | undefined) => REPORTS.find((r) => r.slug === slug)
