import { Alert, Modal, Paper, Stack, Text, Textarea } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { useMediaQuery } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { FormFooter } from '@/components/forms/form-footer'
import { useIntentKey } from '@/lib/api/intent-key'
import type { ApiError } from '@/lib/api/problem'
import { compareDecimals } from '@/lib/decimal'
import { DATE_INPUT_FORMAT, formatDate, formatMoney } from '@/lib/format'
import { useFormSubmit } from '@/lib/forms'
import type { Milestone, SalesOrder } from '../api/get-sales-orders'
import { useInvoiceSalesOrder, type OrderInvoiceCreate } from '../api/invoice-sales-order'
import { DeliveredLinesFields, type DeliveredRow } from './delivered-lines-fields'
import { TRIGGER_LABELS } from './milestone-plan'
import { invoiceQuantityError, milestoneLeft, quantityLeft } from './order-billing'

/** What the dialog invoices: what is left of one milestone, or delivered quantities not yet invoiced. */
export type InvoiceTarget = { milestone: Milestone } | { delivered: true }

interface OrderInvoiceDialogProps {
  order: Pick<SalesOrder, 'id' | 'number' | 'currency' | 'lines'>
  target: InvoiceTarget
  /** Both ways of billing are still open: this invoice, once issued, decides. */
  decidesMode?: boolean
  onClose: () => void
}

interface Values {
  invoice_date: string | null
  notes: string
  quantities: string[]
}

const FORM_ID = 'order-invoice-form'

/** The lines to send (a quantity above 0) and, for each one sent, its row: the server names a refused line by its place in what was sent. */
function toLines(rows: DeliveredRow[], quantities: string[]) {
  const lines: { order_line_id: string; quantity: string }[] = []
  const sentRows: number[] = []
  rows.forEach((row, i) => {
    const q = (quantities[i] ?? '').trim()
    if (q !== '' && invoiceQuantityError(q, row.left) === null && compareDecimals(q, '0') > 0) {
      lines.push({ order_line_id: row.line.id, quantity: q })
      sentRows.push(i)
    }
  })
  return { lines, sentRows }
}

/** Server field errors moved to the form's fields (`lines.N.quantity` to the row it came from); the rest as messages. */
function placeInvoiceErrors(error: ApiError, sentRows: number[]) {
  const fields: Record<string, string> = {}
  const messages = error.generalMessages()
  for (const [path, message] of Object.entries(error.fieldErrors())) {
    const line = /^lines\.(\d+)\.(quantity|order_line_id)$/.exec(path)
    const row = line ? sentRows[Number(line[1])] : undefined
    if (row !== undefined) fields[`quantities.${row}`] = message
    else if (path === 'invoice_date' || path === 'notes') fields[path] = message
    else messages.push(path === 'milestone_id' ? `The milestone: ${message}` : `${path}: ${message}`)
  }
  return { fields, messages }
}

function MilestoneSummary({ milestone: m, order }: { milestone: Milestone; order: OrderInvoiceDialogProps['order'] }) {
  const money = (v: string) => formatMoney(v, order.currency)
  const when = m.trigger === 'on_date' ? `due ${formatDate(m.due_date)}` : TRIGGER_LABELS[m.trigger].toLowerCase()
  return (
    <Paper withBorder p="sm" role="group" aria-label="To invoice">
      <Text size="sm">What is left of this milestone of {order.number}, GST included:</Text>
      <Text size="xl" fw={700} data-testid="amount-to-invoice">
        {money(milestoneLeft(m))}
      </Text>
      <Text size="xs" c="dimmed">
        Planned {money(m.planned_amount)} ({when}) · invoiced {money(m.invoiced_amount)}
      </Text>
    </Paper>
  )
}

/**
 * A draft invoice made from the order, confirmed in a small dialog that shows what it
 * bills. The server computes the invoice (a milestone's amount spread over the lines at
 * their GST rates; delivered quantities at the order's prices) and its answer is shown
 * once made, on the draft's page, where it is issued. A refusal (409, or 422 naming a
 * field) is shown here, at the line or field it names.
 */
export function OrderInvoiceDialog({ order, target, decidesMode, onClose }: OrderInvoiceDialogProps) {
  const phone = useMediaQuery('(max-width: 36em)') ?? false
  const navigate = useNavigate()
  const create = useInvoiceSalesOrder(order.id)
  const intent = useIntentKey()
  // The rows as opened: a reload of the order behind the dialog does not move them.
  const [rows] = useState<DeliveredRow[]>(() =>
    'delivered' in target
      ? [...order.lines]
          .sort((a, b) => a.position - b.position)
          .map((line) => ({ line, left: quantityLeft(line) }))
          .filter((row) => compareDecimals(row.left, '0') > 0)
      : [],
  )
  const form = useForm<Values>({
    initialValues: { invoice_date: null, notes: '', quantities: rows.map((r) => r.left) },
    validate: (v) => {
      const errors: Record<string, string> = {}
      rows.forEach((row, i) => {
        const message = invoiceQuantityError(v.quantities[i] ?? '', row.left)
        if (message) errors[`quantities.${i}`] = message
      })
      if ('delivered' in target && Object.keys(errors).length === 0 && toLines(rows, v.quantities).lines.length === 0) errors.lines = 'Enter a quantity on at least one line'
      return errors
    },
  })

  const saving = useFormSubmit({
    form,
    focusFormId: FORM_ID,
    onSubmit: async (v) => {
      const { lines } = toLines(rows, v.quantities)
      const common = { invoice_date: v.invoice_date || null, notes: v.notes.trim() || null }
      const body: OrderInvoiceCreate = 'milestone' in target ? { milestone_id: target.milestone.id, ...common } : { lines, ...common }
      const saved = await intent.send(body, (key) => create.mutateAsync({ body, key }))
      const inv = saved.data
      notifications.show({
        color: 'green',
        title: 'Draft invoice created',
        message: `${formatMoney(inv.grand_total, inv.currency)} with GST ${formatMoney(inv.tax_total, inv.currency)}. Issue it to bill the customer.`,
      })
      onClose()
      navigate(`/invoices/${inv.id}`)
    },
    placeErrors: (e, v) => placeInvoiceErrors(e, toLines(rows, v.quantities).sentRows),
  })

  const title = 'milestone' in target ? `Invoice ${target.milestone.label}` : 'Invoice delivered quantities'
  return (
    <Modal opened onClose={onClose} title={title} size={'milestone' in target ? 'md' : 'lg'} fullScreen={phone}>
      <form id={FORM_ID} onSubmit={saving.submit} noValidate aria-label={title}>
        <Stack gap="sm">
          {'milestone' in target ? (
            <>
              <MilestoneSummary milestone={target.milestone} order={order} />
              <Text size="sm" c="dimmed">
                The server spreads the amount over the order&apos;s lines at their GST rates; the draft shows its lines and totals.
              </Text>
            </>
          ) : (
            <>
              <Text size="sm" c="dimmed">
                What {order.number} delivered and has not invoiced, at the order&apos;s prices and discounts; the server adds GST. A part is fine; 0 leaves a line out.
              </Text>
              <DeliveredLinesFields rows={rows} currency={order.currency} phone={phone} quantityProps={(i) => form.getInputProps(`quantities.${i}`)} />
              {form.errors.lines ? (
                <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert">
                  {form.errors.lines}
                </Alert>
              ) : null}
            </>
          )}
          <Text size="sm" c="dimmed">
            The invoice is made as a draft; the order counts it as invoiced once it is issued.
          </Text>
          {decidesMode ? (
            <Alert color="blue" variant="light" icon={<IconInfoCircle size={16} />}>
              An order is billed either by its milestones or by delivered quantities, not both: once this invoice is issued, the order is billed{' '}
              {'milestone' in target ? 'by its milestones' : 'by delivered quantities'}.
            </Alert>
          ) : null}
          <DateInput label="Invoice date" placeholder="Today" valueFormat={DATE_INPUT_FORMAT} clearable {...form.getInputProps('invoice_date')} />
          <Textarea label="Notes" placeholder="Printed on the invoice" autosize minRows={2} {...form.getInputProps('notes')} />
          <FormFooter saving={saving} onCancel={onClose} submitLabel="Create draft invoice" loading={create.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
