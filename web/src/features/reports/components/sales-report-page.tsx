import { salesReport } from '../definitions/sales'
import { ReportPage } from './report-page'

/** Orders and invoiced revenue per period, against the window before (the sales report's definition in the shared frame). */
export function SalesReportPage({ canPickPeople }: { canPickPeople: boolean }) {
  return <ReportPage definition={salesReport} canPickPeople={canPickPeople} />
}
