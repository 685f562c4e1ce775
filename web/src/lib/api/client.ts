import createClient from 'openapi-fetch'
import { createAuthFetch } from './auth-fetch'
import { ApiError, networkError, toApiError } from './problem'
import type { paths } from './schema.gen'

/** The single API client of the app: bearer token, silent refresh, typed errors. Typed
 * by the `application/json` answers (the app never asks `?fields=`, whose partial answers
 * have a media type of their own). */
export const api = createClient<paths, 'application/json'>({
  baseUrl: globalThis.location?.origin ?? '',
  fetch: createAuthFetch(),
})

interface ApiResult<D> {
  data?: D
  error?: unknown
  response: Response
}

async function settle<D>(call: Promise<ApiResult<D>>): Promise<ApiResult<D>> {
  try {
    return await call
  } catch (cause) {
    if (cause instanceof ApiError) throw cause
    throw networkError(cause)
  }
}

/** The body of a successful call; a problem answer becomes a thrown ApiError. */
export async function unwrap<D>(call: Promise<ApiResult<D>>): Promise<D> {
  const { data, error, response } = await settle(call)
  if (!response.ok) throw toApiError(response, error)
  return data as D
}

export interface Versioned<D> {
  data: D
  /** The ETag to send back as If-Match on the next PATCH. */
  etag: string
}

/** Like unwrap, keeping the ETag an edit form must send back. */
export async function unwrapVersioned<D extends { version?: number }>(
  call: Promise<ApiResult<D>>,
): Promise<Versioned<D>> {
  const { data, error, response } = await settle(call)
  if (!response.ok) throw toApiError(response, error)
  const body = data as D
  const etag = response.headers.get('ETag') ?? `"${body.version ?? ''}"`
  return { data: body, etag }
}

export interface DownloadedFile {
  blob: Blob
  /** The name the API gave the file (Content-Disposition), or `fallback`. */
  filename: string
}

/** A file answer (parseAs: 'blob'); a problem answer becomes a thrown ApiError. */
export async function unwrapFile(call: Promise<ApiResult<unknown>>, fallback: string): Promise<DownloadedFile> {
  const { data, error, response } = await settle(call)
  if (!response.ok) throw toApiError(response, error)
  const disposition = response.headers.get('Content-Disposition') ?? ''
  const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallback
  return { blob: data as Blob, filename }
}

/** The If-Match value for a record whose version the client already has. */
export function ifMatch(version: number): string {
  return `"${version}"`
}
