import { IconArchive, IconArchiveOff } from '@tabler/icons-react'
import { reassignAction } from '@/components/lists/reassign-action'
import type { ListSpec } from '@/components/lists/types'
import { customerListEndpoints } from '../api/customer-list-tools'
import type { CustomerFilters, CustomerSummary } from '../api/get-customers'

export const CUSTOMER_FILTER_KEYS = ['q', 'territory_id', 'owner_id', 'industry', 'segment', 'min_rating', 'archived', 'sort'] as const

export const customerName = (c: CustomerSummary) => c.name

/** The customer list's tools: reassign (customers:reassign), archive and unarchive (customers:write). */
export const customerListSpec: ListSpec<CustomerFilters> = {
  endpoints: customerListEndpoints,
  noun: { one: 'customer', many: 'customers' },
  filterKeys: CUSTOMER_FILTER_KEYS,
  bulkActions: [
    reassignAction('customers:reassign'),
    {
      action: 'archive',
      label: 'Archive',
      icon: <IconArchive size={14} />,
      permission: 'customers:write',
      visible: (f) => f.archived !== 'true',
      destructive: true,
      question: (many) => `Archive ${many}? They leave the list and can be restored from “Archived only”.`,
      confirmLabel: 'Archive',
    },
    {
      action: 'unarchive',
      label: 'Restore',
      icon: <IconArchiveOff size={14} />,
      permission: 'customers:write',
      visible: (f) => f.archived === 'true',
      question: (many) => `Restore ${many} to the list?`,
      confirmLabel: 'Restore',
    },
  ],
}
