import { Modal, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { FormFooter } from '@/components/forms/form-footer'
import { useIntentKey } from '@/lib/api/intent-key'
import { trimZeros } from '@/lib/decimal'
import { useFormSubmit } from '@/lib/forms'
import { DATE_INPUT_FORMAT } from '@/lib/format'
import { useProcurementAction, type ProcurementAction, type ProcurementRequest } from '../api/procurement'
import { outstanding, receiptError, type ProcurementActionName } from './procurement-rules'

const TITLES: Record<ProcurementActionName, string> = { order: 'Place order', receive: 'Receive goods', cancel: 'Cancel request' }
const DONE: Record<ProcurementActionName, string> = { order: 'Request ordered', receive: 'Receipt recorded', cancel: 'Request cancelled' }

interface Values {
  supplier: string
  supplier_reference: string
  expected_date: string | null
  notes: string
  quantity: string
  reason: string
}

/** One action on a procurement request: order (supplier, expected date, reference), receive (quantity) or cancel (reason). */
export function ProcurementDialog({ request, action, onClose }: { request: ProcurementRequest; action: ProcurementActionName; onClose: () => void }) {
  const run = useProcurementAction()
  const intent = useIntentKey()
  const left = outstanding(request)
  const form = useForm<Values>({
    initialValues: { supplier: request.supplier ?? '', supplier_reference: request.supplier_reference ?? '', expected_date: request.expected_date, notes: '', quantity: left, reason: '' },
    validate: {
      supplier: (v) => (action === 'order' && request.kind === 'purchase_request' && !v.trim() ? 'Who it is bought from' : null),
      quantity: (v) => (action === 'receive' ? receiptError(v.trim(), request) : null),
      reason: (v) => (action === 'cancel' && !v.trim() ? 'Say why' : null),
    },
  })
  const saving = useFormSubmit({
    form,
    focusFormId: 'procurement-form',
    onSubmit: async (v) => {
      const args: ProcurementAction =
        action === 'order'
          ? { action, body: { supplier: v.supplier.trim() || null, supplier_reference: v.supplier_reference.trim() || null, expected_date: v.expected_date, notes: v.notes.trim() || null } }
          : action === 'receive'
            ? { action, quantity: v.quantity.trim() }
            : { action, reason: v.reason.trim() }
      await intent.send({ id: request.id, version: request.version, args }, (key) => run.mutateAsync({ request, args, key }))
      notifications.show({ color: 'green', message: DONE[action] })
      onClose()
    },
  })
  return (
    <Modal opened onClose={onClose} title={`${TITLES[action]}: ${request.number}`}>
      <form id="procurement-form" onSubmit={saving.submit} noValidate aria-label={TITLES[action]}>
        <Stack>
          <Text size="sm" c="dimmed">
            {request.product_sku}: {trimZeros(request.quantity)} requested, {trimZeros(request.quantity_received)} received
            {request.document_number ? ` (for ${request.document_number})` : ''}.
          </Text>
          {action === 'order' ? (
            <>
              <TextInput label="Supplier" required={request.kind === 'purchase_request'} placeholder={request.kind === 'job_order' ? 'Made in-house' : undefined} data-autofocus {...form.getInputProps('supplier')} />
              <TextInput label="Supplier reference" placeholder="Their order or quote number" {...form.getInputProps('supplier_reference')} />
              <DateInput label="Expected date" valueFormat={DATE_INPUT_FORMAT} clearable {...form.getInputProps('expected_date')} />
              <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
            </>
          ) : action === 'receive' ? (
            <TextInput label="Quantity received" inputMode="decimal" required description={`${left} outstanding; a part is fine`} data-autofocus {...form.getInputProps('quantity')} />
          ) : (
            <Textarea label="Reason" required autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
          )}
          <FormFooter saving={saving} onReload={onClose} onCancel={onClose} cancelLabel="Back" submitLabel={TITLES[action]} submitColor={action === 'cancel' ? 'red' : undefined} loading={run.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
