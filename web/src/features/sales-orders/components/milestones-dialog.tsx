import { ActionIcon, Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { FormFooter } from '@/components/forms/form-footer'
import { useFormSubmit } from '@/lib/forms'
import { DATE_INPUT_FORMAT, formatMoney } from '@/lib/format'
import type { SalesOrder } from '../api/get-sales-orders'
import { useReplaceMilestones } from '../api/save-sales-order'
import { emptyMilestone, milestoneErrors, milestoneFromRead, planSum, plannedOf, toMilestoneIn, TRIGGER_LABELS, type MilestoneDraft, type MilestoneTrigger } from './milestone-plan'

interface MilestonesDialogProps {
  order: SalesOrder
  etag: string
  onClose: () => void
  onReload: () => void
}

const KINDS = [
  { value: 'percent', label: 'Percent' },
  { value: 'amount', label: 'Amount' },
]
const TRIGGERS = (Object.keys(TRIGGER_LABELS) as MilestoneTrigger[]).map((value) => ({ value, label: TRIGGER_LABELS[value] }))
const FORM_ID = 'milestones-form'

/**
 * The order's milestone plan as rows of a percent of the grand total or an amount.
 * The running sum is shown against the total; the server checks it exactly and
 * answers a 422 at the plan (or at a row), shown where it points.
 */
export function MilestonesDialog({ order, etag, onClose, onReload }: MilestonesDialogProps) {
  const replace = useReplaceMilestones()
  const form = useForm<{ milestones: MilestoneDraft[] }>({
    initialValues: { milestones: [...order.milestones].sort((a, b) => a.position - b.position).map(milestoneFromRead) },
    validate: (v) => milestoneErrors(v.milestones),
  })
  const rows = form.getValues().milestones
  const sum = planSum(rows, order.grand_total)
  const money = (v: string) => formatMoney(v, order.currency)
  const planError = form.errors.milestones

  const saving = useFormSubmit({
    form,
    focusFormId: FORM_ID,
    onSubmit: async (v) => {
      // PUT replaces the plan whole; the same plan sent twice is the same answer.
      await replace.mutateAsync({ id: order.id, etag, milestones: v.milestones.map(toMilestoneIn) })
      notifications.show({ color: 'green', message: 'Milestones saved' })
      onClose()
    },
  })

  return (
    <Modal opened onClose={onClose} title={`Milestones of ${order.number}`} size="xl">
      <form id={FORM_ID} onSubmit={saving.submit} noValidate aria-label="Milestones">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Each milestone is a percent of the grand total ({money(order.grand_total)}) or a fixed amount. Together they must make the whole total; the
            last percent milestone takes the paise rounding leaves.
          </Text>
          {rows.map((row, i) => {
            const planned = plannedOf(row, order.grand_total)
            return (
              <Group key={row.key} role="group" aria-label={`Milestone ${i + 1}`} align="flex-start" wrap="nowrap" gap="xs">
                <Group gap="xs" align="flex-start" wrap="wrap" style={{ flex: 1 }}>
                  <TextInput label="Milestone" placeholder="Advance" required style={{ flex: 1, minWidth: 180 }} {...form.getInputProps(`milestones.${i}.label`)} />
                  <Select label="Kind" data={KINDS} allowDeselect={false} w={120} {...form.getInputProps(`milestones.${i}.kind`)} />
                  <TextInput
                    label={row.kind === 'percent' ? 'Percent' : 'Amount'}
                    inputMode="decimal"
                    required
                    w={130}
                    description={planned !== null && row.kind === 'percent' ? money(planned) : undefined}
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    {...form.getInputProps(`milestones.${i}.value`)}
                  />
                  <Select label="When" data={TRIGGERS} allowDeselect={false} w={170} {...form.getInputProps(`milestones.${i}.trigger`)} />
                  {row.trigger === 'on_date' ? (
                    <DateInput label="Due date" valueFormat={DATE_INPUT_FORMAT} required w={150} {...form.getInputProps(`milestones.${i}.due_date`)} />
                  ) : null}
                </Group>
                <ActionIcon mt={26} variant="subtle" color="red" aria-label={`Remove milestone ${i + 1}`} disabled={rows.length === 1} onClick={() => form.removeListItem('milestones', i)}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            )
          })}
          <Group>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem('milestones', emptyMilestone(sum.balanced ? {} : { value: sum.percent === '0' ? '100' : '' }))}
            >
              Add milestone
            </Button>
          </Group>
          <Alert
            id="milestones-sum"
            tabIndex={-1}
            aria-invalid={planError ? 'true' : undefined}
            color={planError ? 'red' : sum.balanced ? 'green' : 'orange'}
            variant="light"
            role="status"
            title={sum.balanced ? 'The plan makes the whole total' : `${money(sum.remaining)} ${sum.remaining.startsWith('-') ? 'over' : 'left to plan'}`}
          >
            <Text size="sm">
              Planned {money(sum.sum)} of {money(order.grand_total)}
              {sum.percent !== '0' ? ` (${sum.percent}% in percent milestones)` : ''}.
            </Text>
            {planError ? (
              <Text size="sm" c="red" fw={500} mt={4}>
                {planError}
              </Text>
            ) : null}
          </Alert>
          {/* The plan's own error is shown at the sum, not again above the buttons. */}
          <FormFooter saving={planError ? { ...saving, error: null } : saving} onReload={onReload} onCancel={onClose} submitLabel="Save milestones" loading={form.submitting} />
        </Stack>
      </form>
    </Modal>
  )
}
