import { Button, Card, Group, Menu, Skeleton, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react'
import { lazy, Suspense } from 'react'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { describeError } from '@/lib/api/problem'
import { formatDate } from '@/lib/format'
import { useUrlFilters } from '@/lib/url-state'
import { SALES_REPORT_KEYS, useDownloadSalesReport, useSalesReport, type SalesReport } from '../api/sales-report'
import { CurrencySales } from './sales-card'
import { DIMENSIONS, SalesReportFilters } from './sales-report-filters'
import { periodName, SalesTable } from './sales-table'

const SalesChart = lazy(() => import('./sales-chart'))

/** Bars per period in the main currency: sums of the API's decimals for drawing only. */
function chartRows(report: SalesReport, currency: string) {
  return report.periods.map((p) => {
    const rows = report.rows.filter((r) => r.currency === currency && r.period_start === p.start)
    return {
      name: periodName(report.interval, p.start, p.end),
      orders: rows.reduce((n, r) => n + Number(r.order_value), 0),
      invoiced: rows.reduce((n, r) => n + Number(r.invoiced_revenue), 0),
    }
  })
}

function Downloads({ filters }: { filters: Parameters<typeof useDownloadSalesReport>[0] }) {
  const download = useDownloadSalesReport(filters)
  const run = (format: 'csv' | 'xlsx') => download.mutate(format, { onError: (e) => notifications.show({ color: 'red', title: 'Could not download the report', message: describeError(e) }) })
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} rightSection={<IconChevronDown size={14} />} loading={download.isPending}>
          Download
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>The table, as filtered</Menu.Label>
        <Menu.Item leftSection={<IconFileTypeCsv size={16} />} onClick={() => run('csv')}>
          CSV
        </Menu.Item>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => run('xlsx')}>
          Excel (XLSX)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}

/** Orders and invoiced revenue per period (and per territory, seller or product group), against the window before. */
export function SalesReportPage({ canPickPeople }: { canPickPeople: boolean }) {
  const [filters, setFilters] = useUrlFilters(SALES_REPORT_KEYS)
  const query = useSalesReport(filters)
  const report = query.data
  const currency = report?.summary[0]?.currency ?? report?.rows[0]?.currency ?? 'INR'
  const dimension = report && report.dimension !== 'none' ? (DIMENSIONS.find((d) => d.value === report.dimension)?.label ?? report.dimension) : null
  return (
    <>
      <PageHeader title="Sales report" description="Orders booked and revenue invoiced per period, in each currency, against the window before." actions={<Downloads filters={filters} />} />
      <SalesReportFilters filters={filters} onChange={setFilters} canPickPeople={canPickPeople} />
      {query.isPending ? (
        <LoadingState label="Loading the report…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Stack gap="lg">
          <Card component="section" aria-label="Summary">
            <Title order={4}>
              {formatDate(report!.window.start)} – {formatDate(report!.window.end)}
            </Title>
            <Text size="xs" c="dimmed" mb="sm">
              Against {formatDate(report!.previous_window.start)} – {formatDate(report!.previous_window.end)}. Values are taxable (before GST).
            </Text>
            {report!.summary.length === 0 ? (
              <Text c="dimmed">No sales in either window.</Text>
            ) : (
              <Stack gap="md">
                {report!.summary.map((row) => (
                  <div key={row.currency}>
                    {report!.summary.length > 1 ? (
                      <Text size="sm" fw={600} mb={4}>
                        In {row.currency}
                      </Text>
                    ) : null}
                    <CurrencySales row={row} />
                  </div>
                ))}
              </Stack>
            )}
          </Card>
          <Card p={0}>
            {report!.rows.length === 0 ? (
              <EmptyState title="No sales in this window" description="Widen the dates or clear a filter." />
            ) : (
              <>
                <div style={{ width: '100%', height: 280, padding: 12 }} role="img" aria-label={`Bar chart of order value and invoiced revenue per ${report!.interval} in ${currency}`}>
                  <Suspense fallback={<Skeleton h="100%" />}>
                    <SalesChart rows={chartRows(report!, currency)} currency={currency} />
                  </Suspense>
                </div>
                <SalesTable rows={report!.rows} interval={report!.interval} dimension={dimension} />
              </>
            )}
          </Card>
          <Group>
            <Text size="xs" c="dimmed">
              Orders: confirmed and after, by order date. Invoiced revenue: issued invoices less credit notes, by document date. Win rate: deals won / (won + lost).
            </Text>
          </Group>
        </Stack>
      )}
    </>
  )
}
