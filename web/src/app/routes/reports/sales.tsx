import { SalesReportPage } from '@/features/reports/components/sales-report-page'
import { useMe } from '@/lib/auth/session'

export function Component() {
  const { data: me } = useMe()
  // An engineer's report is their own sales: no team or seller to pick.
  return <SalesReportPage canPickPeople={Boolean(me && me.role !== 'sales_engineer')} />
}
