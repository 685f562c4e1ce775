import { Modal, SegmentedControl, Stack, Table, Text, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { FormFooter } from '@/components/forms/form-footer'
import { useIntentKey } from '@/lib/api/intent-key'
import { isDecimal, trimZeros } from '@/lib/decimal'
import { formatMoney } from '@/lib/format'
import { splitFieldErrors, useFormSubmit } from '@/lib/forms'
import type { CreditNoteCreate, Invoice } from '../api/invoices'

export type CreditMode = 'full' | 'lines' | 'amount'

interface CreditValues {
  mode: CreditMode
  reason: string
  amount: string
  /** One quantity per invoice line, in the invoice's order (empty: not credited). */
  quantities: string[]
}

/** The body for the chosen way, and which form line each sent line came from. */
export function creditBody(v: CreditValues, invoice: Pick<Invoice, 'lines'>): { body: CreditNoteCreate; sentFrom: number[] } {
  const reason = v.reason.trim()
  if (v.mode === 'full') return { body: { full: true, reason }, sentFrom: [] }
  if (v.mode === 'amount') return { body: { full: false, amount: v.amount.trim(), reason }, sentFrom: [] }
  const sentFrom: number[] = []
  const lines = invoice.lines.flatMap((line, i) => {
    const q = (v.quantities[i] ?? '').trim()
    if (!q) return []
    sentFrom.push(i)
    return [{ invoice_line_id: line.id, quantity: q }]
  })
  return { body: { full: false, lines, reason }, sentFrom }
}

/** A server error at `lines.N.quantity` names the N-th sent line: point it at the form's row. */
export function remapLineErrors(errors: Record<string, string>, sentFrom: number[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [path, msg] of Object.entries(errors)) {
    const m = /^lines\.(\d+)(?:\.(\w+))?$/.exec(path)
    if (m) {
      const row = sentFrom[Number(m[1])]
      out[row === undefined ? 'lines' : `quantities.${row}`] = msg
    } else out[path] = msg
  }
  return out
}

function validate(v: CreditValues): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!v.reason.trim()) errors.reason = 'Say why the invoice is credited'
  if (v.mode === 'amount' && (!isDecimal(v.amount) || Number(v.amount) <= 0)) errors.amount = 'Enter an amount above zero'
  if (v.mode === 'lines') {
    v.quantities.forEach((q, i) => {
      if (q.trim() && (!isDecimal(q) || Number(q) <= 0)) errors[`quantities.${i}`] = 'Enter a quantity above zero'
    })
    if (!v.quantities.some((q) => q.trim())) errors['quantities.0'] = 'Enter a quantity on at least one line'
  }
  return errors
}

interface CreditNoteModalProps {
  invoice: Invoice
  onClose: () => void
  onCreate: (body: CreditNoteCreate, key: string) => Promise<unknown>
}

/** Credit an issued invoice: all that is not yet credited, chosen lines (GST reversed), or an amount (no GST). */
export function CreditNoteModal({ invoice, onClose, onCreate }: CreditNoteModalProps) {
  const intent = useIntentKey()
  const form = useForm<CreditValues>({
    initialValues: { mode: 'full', reason: '', amount: '', quantities: invoice.lines.map(() => '') },
    validate,
  })
  const values = form.getValues()
  const saving = useFormSubmit({
    form,
    focusFormId: 'credit-note-form',
    onSubmit: async (v) => {
      const { body } = creditBody(v, invoice)
      await intent.send(body, (key) => onCreate(body, key))
    },
    placeErrors: (e, v) => {
      const { fields, leftover } = splitFieldErrors(remapLineErrors(e.fieldErrors(), creditBody(v, invoice).sentFrom), ['reason', 'amount', 'full', 'quantities'])
      return { fields, messages: [...e.generalMessages(), ...leftover] }
    },
  })
  return (
    <Modal opened onClose={onClose} title={`Credit note for ${invoice.number ?? 'invoice'}`} size="lg">
      <form id="credit-note-form" onSubmit={saving.submit} noValidate aria-label="Credit note">
        <Stack gap="md">
          <SegmentedControl
            aria-label="How to credit"
            data={[
              { value: 'full', label: 'Everything' },
              { value: 'lines', label: 'By lines' },
              { value: 'amount', label: 'By amount' },
            ]}
            {...form.getInputProps('mode')}
          />
          {values.mode === 'full' ? (
            <Text size="sm" c="dimmed">
              Credits every line&apos;s quantity not yet credited, with its GST.
            </Text>
          ) : null}
          {values.mode === 'lines' ? (
            <Table.ScrollContainer minWidth={420}>
              <Table aria-label="Lines to credit" verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Line</Table.Th>
                    <Table.Th ta="right">Invoiced</Table.Th>
                    <Table.Th w={150}>Credit quantity</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {invoice.lines.map((line, i) => (
                    <Table.Tr key={line.id}>
                      <Table.Td>
                        <Text size="sm">{line.description}</Text>
                        <Text size="xs" c="dimmed">
                          {formatMoney(line.unit_price, invoice.currency)} per {line.unit}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{trimZeros(line.quantity)}</Table.Td>
                      <Table.Td>
                        <TextInput aria-label={`Credit quantity for ${line.description}`} inputMode="decimal" size="xs" {...form.getInputProps(`quantities.${i}`)} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
          {values.mode === 'amount' ? (
            <TextInput
              label={`Amount (${invoice.currency})`}
              description="A commercial credit: no GST is reversed"
              inputMode="decimal"
              required
              {...form.getInputProps('amount')}
            />
          ) : null}
          <Textarea label="Reason" required autosize minRows={2} {...form.getInputProps('reason')} />
          <FormFooter saving={saving} onCancel={onClose} submitLabel="Create credit note" loading={form.submitting} />
        </Stack>
      </form>
    </Modal>
  )
}
