import { useParams } from 'react-router'
import { findReport } from '@/features/reports/definitions/catalogue'
import { useMe } from '@/lib/auth/session'
import { NotFoundRoute } from '../not-found'

/** /reports/<slug>: the report's page from the catalogue (the route table guards its permission). */
export function ReportRoute({ slug }: { slug: string | undefined }) {
  const { data: me } = useMe()
  const report = findReport(slug)
  // The login report has its own route (another permission); this one never serves it.
  if (!report || (slug === 'logins') !== (report.permission === 'login_report:read')) return <NotFoundRoute />
  // An engineer's report is their own records: no team or seller to pick.
  return report.page(Boolean(me && me.role !== 'sales_engineer'))
}

export function Component() {
  return <ReportRoute slug={useParams().report} />
}
