import { PageHeader } from '@/components/ui/page-header'
import { ApprovalsInbox, type InboxSection } from '@/features/approvals/components/approvals-inbox'
import { InboxPanel, loadedCount } from '@/features/approvals/components/inbox-panel'
import { inboxSections, type InboxSectionKey } from '@/features/approvals/inbox-sections'
import { useExpenseReports } from '@/features/expenses/api/expense-reports'
import { ExpenseInboxTable } from '@/features/expenses/components/expense-inbox-table'
import { useApprovals } from '@/features/quotes/api/get-quotes'
import { ApprovalsTable } from '@/features/quotes/components/approvals-table'
import { useSalesOrders } from '@/features/sales-orders/api/get-sales-orders'
import { CreditHoldTable } from '@/features/sales-orders/components/credit-hold-table'
import { PAGE_SIZE } from '@/lib/api/pagination'
import { useMe } from '@/lib/auth/session'
import { personName, usePeople } from '@/lib/lookups/users'
import { useUrlFilters } from '@/lib/url-state'

const KEYS = ['section'] as const
const CREDIT_HOLD = { status: 'credit_hold' }
const SUBMITTED = { status: 'submitted' }

/** The sales head's one inbox: discounts, credit holds and expense reports waiting for a decision. */
export function Component() {
  const me = useMe()
  const people = usePeople()
  const [filters, setFilters] = useUrlFilters(KEYS)
  const shown = me.data ? inboxSections(me.data) : []
  const quotes = useApprovals(shown.includes('quotes'))
  const holds = useSalesOrders(CREDIT_HOLD, PAGE_SIZE, shown.includes('credit'))
  const expenses = useExpenseReports(SUBMITTED, shown.includes('expenses'))
  const ownerName = (id: string) => personName(people.data, id)

  const all: Record<InboxSectionKey, InboxSection> = {
    quotes: {
      key: 'quotes',
      label: 'Quotes',
      ...loadedCount(quotes),
      panel: (
        <InboxPanel query={quotes} noun="quotes" empty={{ title: 'No quote waits for you', description: 'Quotes your team submits with discounts above their limit appear here.' }}>
          {(items) => <ApprovalsTable quotes={items} ownerName={ownerName} />}
        </InboxPanel>
      ),
    },
    credit: {
      key: 'credit',
      label: 'Credit holds',
      ...loadedCount(holds),
      panel: (
        <InboxPanel query={holds} noun="orders" empty={{ title: 'No order is on credit hold', description: "Orders your team confirms beyond a customer's credit limit wait here for you." }}>
          {(items) => <CreditHoldTable orders={items} ownerName={ownerName} />}
        </InboxPanel>
      ),
    },
    expenses: {
      key: 'expenses',
      label: 'Expenses',
      ...loadedCount(expenses),
      panel: (
        <InboxPanel query={expenses} noun="reports" empty={{ title: 'No expense report waits for you', description: 'Reports your team submits appear here until you approve or reject them.' }}>
          {(items) => <ExpenseInboxTable reports={items} ownerName={ownerName} />}
        </InboxPanel>
      ),
    },
  }
  const sections = shown.map((key) => all[key])
  const active = shown.find((key) => key === filters.section) ?? shown[0]
  return (
    <>
      <PageHeader title="Approvals" description="Everything waiting for your decision: discounts above a limit, orders over a customer's credit, expense reports." />
      {active ? <ApprovalsInbox sections={sections} active={active} onChange={(key) => setFilters({ section: key === shown[0] ? null : key })} /> : null}
    </>
  )
}
