import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { useCreateQuote } from '@/features/quotes/api/save-quote'
import { QuoteForm } from '@/features/quotes/components/quote-form'
import { emptyQuote, toCreateBody } from '@/features/quotes/components/quote-form-values'
import { useIntentKey } from '@/lib/api/intent-key'

export function Component() {
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const create = useCreateQuote()
  // Saving again after a timeout is the same quote, not a second one.
  const intent = useIntentKey()
  const [initial] = useState(() => emptyQuote({ customer_id: params.get('customer_id'), opportunity_id: params.get('opportunity_id') }))
  return (
    <>
      <PageHeader title="New quote" description="Prices come from the customer's price list; the server computes tax and totals when you save." />
      <QuoteForm
        initialValues={initial}
        submitLabel="Save draft"
        onCancel={() => navigate(-1)}
        onSubmit={async (values) => {
          const body = toCreateBody(values)
          const saved = await intent.send(body, (key) => create.mutateAsync({ body, key }))
          notifications.show({ color: 'green', message: `Quote ${saved.data.display_number} saved as a draft` })
          navigate(`/quotes/${saved.data.id}`)
        }}
      />
    </>
  )
}
