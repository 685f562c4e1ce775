import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { ConflictResolver } from '@/components/forms/conflict-resolver'
import { conflictOf, type Conflict } from '@/components/forms/conflict-types'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { DATE_INPUT_FORMAT } from '@/lib/format'
import { applyApiErrors } from '@/lib/forms'
import { changedValues } from '@/lib/three-way-merge'
import type { Opportunity } from '../api/get-board'
import { useUpdateOpportunity, type OpportunityUpdate } from '../api/save-opportunity'
import { opportunityComparable, opportunityToEditValues, useOpportunityConflict } from './opportunity-conflict'

interface Props {
  opportunity: Opportunity
  etag: string
  onClose: () => void
  onReload: () => void
}

export function EditOpportunityModal({ opportunity: o, etag, onClose, onReload }: Props) {
  const update = useUpdateOpportunity()
  const [error, setError] = useState<unknown>(null)
  const [messages, setMessages] = useState<string[]>([])
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const [initial] = useState(() => opportunityToEditValues(o))
  const saved = () => {
    notifications.show({ color: 'green', message: 'Deal saved' })
    onReload()
    onClose()
  }
  const resolve = useOpportunityConflict(o, saved)
  const form = useForm({
    initialValues: initial,
    validate: {
      title: (v) => (v.trim() ? null : 'Title is required'),
      amount: (v) => (/^\d{1,14}(\.\d{1,4})?$/.test(v.trim()) ? null : 'Enter an amount like 500000'),
      expected_close_date: (v) => (v ? null : 'Pick a date'),
    },
  })
  const submit = form.onSubmit(async (typed) => {
    setError(null)
    setConflict(null)
    // An emptied probability keeps the one the deal has.
    const v = typed.probability === '' ? { ...typed, probability: initial.probability } : typed
    const body = changedValues(opportunityComparable(initial), opportunityComparable(v))
    try {
      if (Object.keys(body).length) await update.mutateAsync({ opportunityId: o.id, etag, body: body as OpportunityUpdate })
      saved()
    } catch (e) {
      const found = conflictOf(e, resolve, initial, v)
      if (found) return setConflict(found)
      setError(e)
      setMessages(applyApiErrors(form, e, Object.keys(v)))
    }
  })
  return (
    <Modal opened onClose={onClose} title="Edit deal" size="lg">
      <form onSubmit={submit} noValidate aria-label="Edit deal">
        <Stack>
          <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={`Amount (${o.currency})`} inputMode="decimal" required {...form.getInputProps('amount')} />
            <DateInput label="Expected close" valueFormat={DATE_INPUT_FORMAT} required {...form.getInputProps('expected_close_date')} />
            <NumberInput label="Probability (%)" min={0} max={100} disabled={o.status !== 'open'} {...form.getInputProps('probability')} />
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={3} {...form.getInputProps('notes')} />
          {conflict ? (
            <ConflictResolver
              setup={resolve}
              conflict={conflict}
              onStartOver={() => {
                onReload()
                onClose()
              }}
            />
          ) : (
            <ApiErrorAlert error={error} messages={messages} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" variant={conflict ? 'default' : 'filled'} loading={update.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
