import { useMutation } from '@tanstack/react-query'
import { api, unwrapFile } from '@/lib/api/client'

/** Hands a downloaded file to the browser (saved under the API's file name). */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/**
 * The quote's PDF, fetched through the API client (the bearer token goes with it,
 * which a plain link could not send) and downloaded as a file.
 */
export function useQuotePdf(quoteId: string, fallbackName: string) {
  return useMutation({
    mutationFn: () =>
      unwrapFile(api.GET('/api/v1/quotes/{quote_id}/pdf', { params: { path: { quote_id: quoteId } }, parseAs: 'blob' }), `${fallbackName}.pdf`),
    onSuccess: ({ blob, filename }) => saveBlob(blob, filename),
  })
}
