import { Alert } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useNavigate, useParams } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useQuote } from '@/features/quotes/api/get-quote'
import { useUpdateQuote } from '@/features/quotes/api/save-quote'
import { useQuoteConflict } from '@/features/quotes/components/quote-conflict'
import { QuoteForm } from '@/features/quotes/components/quote-form'
import { quoteToValues, toUpdateBody } from '@/features/quotes/components/quote-form-values'
import { QuoteStatusBadge } from '@/features/quotes/components/quote-status'
import { QuoteTotals } from '@/features/quotes/components/quote-totals'

export function Component() {
  const { quoteId = '' } = useParams()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const query = useQuote(quoteId)
  const update = useUpdateQuote()
  const initial = useMemo(() => (query.data ? quoteToValues(query.data.data) : null), [query.data])
  const saved = () => {
    notifications.show({ color: 'green', message: 'Quote saved' })
    navigate(`/quotes/${quoteId}`)
  }
  const conflict = useQuoteConflict(quoteId, () => {
    void queryClient.invalidateQueries({ queryKey: ['quotes', 'detail', quoteId] })
    saved()
  })
  if (query.isPending) return <LoadingState label="Loading quote…" />
  if (query.isError || !initial) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const { data: quote, etag } = query.data
  return (
    <>
      <PageHeader title={`Edit ${quote.display_number}`} description={quote.customer_name ?? undefined} badge={<QuoteStatusBadge status={quote.status} size="lg" />} />
      <QuoteForm
        key={etag}
        isEdit
        initialValues={initial}
        submitLabel="Save changes"
        onCancel={() => navigate(`/quotes/${quoteId}`)}
        onReload={() => void query.refetch()}
        conflict={conflict}
        onSubmit={async (values) => {
          const body = toUpdateBody(values, initial)
          if (Object.keys(body).length > 0) await update.mutateAsync({ quoteId, etag, body })
          saved()
        }}
      >
        <QuoteTotals quote={quote} title="Totals as last saved" />
        {quote.status !== 'draft' ? (
          <Alert color="blue" variant="light">
            This quote is {quote.status.replace('_', ' ')}. Saving a change sends it back to draft: submit it again afterwards.
          </Alert>
        ) : null}
      </QuoteForm>
    </>
  )
}
