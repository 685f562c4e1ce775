import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { ApiError } from '@/lib/api/problem'
import { useIntentKey } from '@/lib/api/intent-key'
import { DATE_INPUT_FORMAT, formatMoney, toIsoDate } from '@/lib/format'
import { useReimburseExpenseReport, type ExpenseReportDetail } from '../api/expense-reports'

/** Marks an approved report as paid: the date it was paid and the payment's reference. */
export function ReimburseModal({ report, onClose }: { report: ExpenseReportDetail; onClose: () => void }) {
  const reimburse = useReimburseExpenseReport(report.id)
  const intent = useIntentKey()
  const [day, setDay] = useState<string | null>(toIsoDate(new Date()))
  const [reference, setReference] = useState('')
  const fields = reimburse.error instanceof ApiError ? reimburse.error.fieldErrors() : {}
  const submit = () => {
    if (!day || !reference.trim()) return
    const body = { reimbursed_on: day, reference: reference.trim() }
    intent
      .send({ report: report.id, body }, (key) => reimburse.mutateAsync({ body, key }))
      .then(
        () => {
          notifications.show({ color: 'green', message: `${report.title}: marked reimbursed` })
          onClose()
        },
        () => undefined,
      )
  }
  return (
    <Modal opened onClose={onClose} title="Mark reimbursed">
      <Stack>
        <Text size="sm">
          {formatMoney(report.approved_total, report.currency)} approved for {report.title}.
        </Text>
        <DateInput label="Paid on" required valueFormat={DATE_INPUT_FORMAT} value={day} onChange={setDay} error={fields.reimbursed_on} maxDate={new Date()} />
        <TextInput
          label="Payment reference"
          placeholder="NEFT / cheque number"
          required
          data-autofocus
          maxLength={100}
          value={reference}
          onChange={(e) => setReference(e.currentTarget.value)}
          error={fields.reference}
        />
        <ApiErrorAlert error={reimburse.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={reimburse.isPending} disabled={!day || !reference.trim()} onClick={submit}>
            Mark reimbursed
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
