import { Anchor, Card, Checkbox, Modal, Stack, Table, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import type { ConflictSetup } from '@/components/forms/conflict-types'
import { PageHeader } from '@/components/ui/page-header'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { ifMatch } from '@/lib/api/client'
import { ROLE_LABELS } from '@/lib/auth/session'
import { isDecimal, trimZeros } from '@/lib/decimal'
import { useFormSubmit } from '@/lib/forms'
import { formatDateTime, formatPercent } from '@/lib/format'
import { useDiscountLimits, type DiscountLimit } from '@/lib/lookups/discount-limits'
import { getDiscountLimit, useSetDiscountLimit } from '../api/discount-limits'

interface LimitValues {
  unlimited: boolean
  max_percent: string
}
const toValues = (l: DiscountLimit): LimitValues => ({ unlimited: l.max_percent === null, max_percent: (l.max_percent === null ? '' : trimZeros(l.max_percent)) })
const comparable = (v: LimitValues) => ({ max_percent: v.unlimited ? null : v.max_percent.trim() })

function useLimitConflict(limit: DiscountLimit, onSaved: () => void): ConflictSetup<LimitValues> {
  const save = useSetDiscountLimit()
  return {
    fields: [{ key: 'max_percent', label: 'Largest discount without approval', format: (v) => `${String(v)}%` }],
    comparable,
    latest: async () => {
      const { data, etag } = await getDiscountLimit(limit.role)
      return { values: comparable(toValues(data)), etag }
    },
    save: (body, etag) => save.mutateAsync({ role: limit.role, etag, max_percent: (body.max_percent as string | null | undefined) ?? null }),
    onSaved,
  }
}

function LimitModal({ limit, onClose }: { limit: DiscountLimit; onClose: () => void }) {
  const save = useSetDiscountLimit()
  const [initial] = useState(() => toValues(limit))
  const saved = () => {
    notifications.show({ color: 'green', message: `${ROLE_LABELS[limit.role]} limit saved` })
    onClose()
  }
  const resolve = useLimitConflict(limit, saved)
  const form = useForm({
    initialValues: initial,
    validate: { max_percent: (v, values) => (values.unlimited || (isDecimal(v) && Number(v) >= 0 && Number(v) <= 100) ? null : 'A percentage between 0 and 100') },
  })
  const saving = useFormSubmit({
    form,
    knownFields: ['max_percent'],
    conflict: resolve,
    initialValues: initial,
    onSubmit: async (v) => {
      await save.mutateAsync({ role: limit.role, etag: ifMatch(limit.version), max_percent: comparable(v).max_percent })
      saved()
    },
  })
  return (
    <Modal opened onClose={onClose} title={`Discount limit: ${ROLE_LABELS[limit.role]}`}>
      <form onSubmit={saving.submit} noValidate>
        <Stack>
          <Checkbox label="No limit (never needs approval)" {...form.getInputProps('unlimited', { type: 'checkbox' })} />
          <TextInput
            label="Largest line discount without approval (%)"
            inputMode="decimal"
            data-autofocus
            disabled={form.getValues().unlimited}
            {...form.getInputProps('max_percent')}
          />
          <FormFooter saving={saving} resolve={resolve} onStartOver={onClose} onCancel={onClose} submitLabel="Save" loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}

/** Each role's largest line discount before a quote waits for a head's approval. */
export function DiscountLimitsPanel() {
  const limits = useDiscountLimits()
  const [editing, setEditing] = useState<DiscountLimit | null>(null)
  return (
    <>
      <PageHeader title="Discount limits" description="A line discount above the author's limit sends the quote to a sales head for approval." />
      <Card p={0}>
        {limits.isPending ? (
          <LoadingState />
        ) : limits.isError ? (
          <ErrorState error={limits.error} onRetry={() => void limits.refetch()} />
        ) : (
          <Table aria-label="Discount limits">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Role</Table.Th>
                <Table.Th>Largest discount without approval</Table.Th>
                <Table.Th>Changed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {limits.data.map((l) => (
                <Table.Tr key={l.role}>
                  <Table.Td>
                    <Anchor component="button" type="button" fw={600} size="sm" onClick={() => setEditing(l)}>
                      {ROLE_LABELS[l.role]}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{l.max_percent === null ? 'No limit' : formatPercent(trimZeros(l.max_percent))}</Table.Td>
                  <Table.Td>{formatDateTime(l.updated_at)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      {editing ? <LimitModal limit={editing} onClose={() => setEditing(null)} /> : null}
    </>
  )
}
