import { SegmentedControl, Select, SimpleGrid, Stack } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { CustomerSelect } from '@/components/ui/customer-select'
import { useCustomerName } from '@/lib/lookups/customers'
import { useCustomerContacts, useLeadSearch, type Lead, type Subject, type SubjectKind } from '../api/privacy'

const leadName = (l: Lead) => l.person_name ?? l.company_name ?? l.email ?? 'Unnamed lead'

function ContactPicker({ onPick }: { onPick: (subject: Subject | null) => void }) {
  const [customerId, setCustomerId] = useState<string | null>(null)
  const [contactId, setContactId] = useState<string | null>(null)
  const contacts = useCustomerContacts(customerId)
  const customerName = useCustomerName(customerId)
  const pick = (id: string | null) => {
    setContactId(id)
    const c = contacts.data?.find((x) => x.id === id)
    onPick(c ? { kind: 'contact', id: c.id, name: c.name, email: c.email, phone: c.phone, context: customerName.data ?? null } : null)
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <CustomerSelect
        label="Customer"
        placeholder="Search customers by name"
        value={customerId}
        onChange={(id) => {
          setCustomerId(id)
          pick(null)
        }}
      />
      <Select
        label="Contact"
        placeholder={customerId ? (contacts.isPending ? 'Loading contacts…' : 'Choose a contact') : 'Choose the customer first'}
        searchable
        disabled={!customerId || contacts.isPending}
        data={(contacts.data ?? []).map((c) => ({ value: c.id, label: c.email ? `${c.name} (${c.email})` : c.name }))}
        nothingFoundMessage="No contact of that name"
        value={contactId}
        onChange={pick}
        error={contacts.isError ? 'Could not load the contacts' : undefined}
      />
    </SimpleGrid>
  )
}

function LeadPicker({ onPick }: { onPick: (subject: Subject | null) => void }) {
  const [search, setSearch] = useState('')
  const [q] = useDebouncedValue(search, 250)
  const results = useLeadSearch(q)
  const [leadId, setLeadId] = useState<string | null>(null)
  const leads = results.data ?? []
  return (
    <Select
      label="Lead"
      placeholder="Search leads by name, company, e-mail or phone"
      searchable
      clearable
      data={leads.map((l) => ({ value: l.id, label: [leadName(l), l.company_name && l.company_name !== leadName(l) ? l.company_name : null, l.email].filter(Boolean).join(' · ') }))}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already searched.
      filter={({ options }) => options}
      nothingFoundMessage={results.isFetching ? 'Searching…' : 'No lead found'}
      value={leadId}
      onChange={(id) => {
        setLeadId(id)
        const l = leads.find((x) => x.id === id)
        onPick(l ? { kind: 'lead', id: l.id, name: leadName(l), email: l.email, phone: l.phone, context: l.company_name } : null)
      }}
    />
  )
}

/** Picks the person: a contact (by their customer) or a lead (by search). */
export function SubjectPicker({ onPick }: { onPick: (subject: Subject | null) => void }) {
  const [kind, setKind] = useState<SubjectKind>('contact')
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label="Held as"
        w="fit-content"
        data={[
          { value: 'contact', label: 'A customer’s contact' },
          { value: 'lead', label: 'A lead' },
        ]}
        value={kind}
        onChange={(v) => {
          setKind(v as SubjectKind)
          onPick(null)
        }}
      />
      {kind === 'contact' ? <ContactPicker key="contact" onPick={onPick} /> : <LeadPicker key="lead" onPick={onPick} />}
    </Stack>
  )
}
