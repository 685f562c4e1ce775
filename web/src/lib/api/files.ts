import { useMutation } from '@tanstack/react-query'
import { api, unwrapFile } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'
import { saveFile } from '@/lib/list-tools/endpoints'

/** A photo or receipt attached to a record, as the record's read lists it. */
export type AttachedFile = Schema<'FileRead'>

/**
 * Downloads an attached file. Its URL needs the bearer token, which a plain link could not
 * send, so the bytes are fetched through the API client and handed to the browser.
 */
export function useDownloadAttachment() {
  return useMutation({
    mutationFn: (file: AttachedFile) =>
      unwrapFile(
        api.GET('/api/v1/files/{file_id}/content', { params: { path: { file_id: file.id } }, parseAs: 'blob' }),
        file.filename ?? 'attachment',
      ),
    onSuccess: saveFile,
  })
}
