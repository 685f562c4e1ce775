import { Anchor, Badge, SimpleGrid, Stack, Text } from '@mantine/core'
import { Link } from 'react-router'
import { divideDecimal } from '@/lib/decimal'
import { formatCount, formatDate, formatMoney } from '@/lib/format'
import type { ReportData } from '../api/report-api'
import { Figure } from '../components/dashboard-card'
import { COLORS, plot, ReportBarChart } from '../components/report-chart'
import { peopleFields, windowFields } from '../components/report-filters'
import { mainCurrency, manyCurrencies } from '../components/report-format'
import { ReportSection, type ReportDefinition } from '../components/report-page'
import { ReportTable, type Column } from '../components/report-table'

type Customers = ReportData<'/api/v1/reports/customers'>
type Buyers = Customers['summary'][number]
type Top = Customers['top'][number]

function buyerColumns(rows: Buyers[], segments: boolean): Column<Buyers>[] {
  const money = (get: (r: Buyers) => string) => (r: Buyers) => formatMoney(get(r), r.currency)
  return [
    { header: 'Segment', cell: (r) => r.tag ?? 'No tag', hidden: !segments },
    { header: 'Currency', cell: (r) => r.currency, hidden: segments && !manyCurrencies(rows) },
    { header: 'Customers', cell: (r) => formatCount(r.customers), numeric: true },
    { header: 'New', cell: (r) => formatCount(r.new_customers), numeric: true },
    { header: 'Returning', cell: (r) => formatCount(r.returning_customers), numeric: true },
    { header: 'Orders', cell: (r) => formatCount(r.orders), numeric: true },
    { header: 'Order value', cell: money((r) => r.order_value), numeric: true },
    { header: 'From new', cell: money((r) => r.new_order_value), numeric: true },
    { header: 'From returning', cell: money((r) => r.returning_order_value), numeric: true },
  ]
}

const topColumns = (rows: Top[]): Column<Top>[] => [
  { header: '#', cell: (r) => r.rank, numeric: true },
  {
    header: 'Customer',
    cell: (r) =>
      r.customer_name ? (
        <Anchor component={Link} to={`/customers/${r.customer_id}`} size="sm">
          {r.customer_name}
        </Anchor>
      ) : (
        <Text span c="dimmed" size="sm">
          Not yours to see
        </Text>
      ),
  },
  { header: 'Currency', cell: (r) => r.currency, hidden: !manyCurrencies(rows) },
  { header: 'Orders', cell: (r) => formatCount(r.orders), numeric: true },
  { header: 'Order value', cell: (r) => formatMoney(r.order_value, r.currency), numeric: true },
  { header: 'First order', cell: (r) => formatDate(r.first_order_day) },
  { header: '', cell: (r) => (r.is_new ? <Badge style={{ minWidth: 'max-content' }} size="xs" color="green" variant="light">New</Badge> : null) },
]

export const customersReport: ReportDefinition<'/api/v1/reports/customers'> = {
  path: '/api/v1/reports/customers',
  title: 'Customers',
  description: 'Who bought in the window: new against returning customers, revenue per customer, the top customers and each segment.',
  file: 'customers',
  filters: [
    ...windowFields(),
    { key: 'top', kind: 'select', label: 'Top', options: ['5', '10', '20', '50'].map((n) => ({ value: n, label: `${n} customers` })), fallback: '10' },
    { key: 'territory_id', kind: 'territory' },
    ...peopleFields(),
    { key: 'segment', kind: 'segment' },
  ],
  isEmpty: (r) => r.summary.length === 0,
  empty: { title: 'No customer bought in this window' },
  render: (report) => {
    const currency = mainCurrency(report.summary)
    const top = report.top.filter((t) => t.currency === currency)
    return (
      <>
        <ReportSection title="New and returning">
          <Stack gap="md" mt="sm">
            {report.summary.map((s) => (
              <SimpleGrid key={s.currency} cols={{ base: 2, sm: 4 }}>
                <Figure label="Customers" value={formatCount(s.customers)} hint={`${formatCount(s.new_customers)} new, ${formatCount(s.returning_customers)} returning`} />
                <Figure label="Order value" value={formatMoney(s.order_value, s.currency)} hint={`${formatCount(s.orders)} orders`} />
                <Figure label="From new customers" value={formatMoney(s.new_order_value, s.currency)} color="green" />
                <Figure label="Per customer" value={formatMoney(s.customers ? divideDecimal(s.order_value, s.customers) : null, s.currency)} hint="order value ÷ customers" />
              </SimpleGrid>
            ))}
          </Stack>
        </ReportSection>
        <ReportSection title="Top customers" description={`By order value in the window, in ${currency}.`} flush>
          <ReportBarChart
            label={`Bar chart of the top customers' order value in ${currency}`}
            height={Math.max(200, top.length * 30 + 40)}
            horizontal
            data={top.map((t) => ({ name: t.customer_name ?? '(hidden)', value: plot(t.order_value) }))}
            category="name"
            unit="money"
            currency={currency}
            series={[{ key: 'value', name: 'Order value', color: COLORS.blue }]}
          />
          <ReportTable label="Top customers" rows={report.top} columns={topColumns(report.top)} rowKey={(r) => `${r.currency}-${r.customer_id}`} />
        </ReportSection>
        <ReportSection title="Per segment" description="A customer tagged with several segments counts in each." flush>
          <ReportTable label="Customers per segment" rows={report.segments} columns={buyerColumns(report.segments, true)} rowKey={(r) => `${r.tag ?? ''}-${r.currency}`} minWidth={900} />
        </ReportSection>
      </>
    )
  },
}
