import { missingPermissionSentence } from '@/lib/auth/permissions'

/**
 * RFC 9457 problem+json answers turned into one typed error the UI can switch on.
 *
 * Field errors are keyed by their path inside the request body in the dotted
 * form Mantine forms use ("email", "addresses.0.city"), so a form can show
 * each message next to its field without knowing about the wire format.
 */

export interface FieldErrorItem {
  loc: (string | number)[]
  msg: string
  type: string
}

export interface ProblemBody {
  type?: string
  title: string
  status: number
  detail?: string | null
  code: string
  request_id?: string | null
  errors?: FieldErrorItem[] | null
}

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly title: string
  readonly detail: string | undefined
  readonly requestId: string | undefined
  readonly errors: FieldErrorItem[]
  /** The whole problem body, with any extension members (e.g. duplicate `candidates`). */
  readonly body: ProblemBody & Record<string, unknown>

  constructor(problem: ProblemBody) {
    super(problem.detail || problem.title)
    this.name = 'ApiError'
    this.status = problem.status
    this.code = problem.code
    this.title = problem.title
    this.detail = problem.detail ?? undefined
    this.requestId = problem.request_id ?? undefined
    this.errors = problem.errors ?? []
    this.body = problem as ProblemBody & Record<string, unknown>
  }

  /** Someone else saved the record since it was loaded (412). */
  get isConflict(): boolean {
    return this.status === 412
  }

  get isNotFound(): boolean {
    return this.status === 404
  }

  /**
   * Field messages keyed by dotted body path, e.g. `{ "addresses.0.city": "..." }`. A
   * rule checked by a service may name its field in one piece (`lines[1].quantity`);
   * it is keyed the same way (`lines.1.quantity`).
   */
  fieldErrors(where = 'body'): Record<string, string> {
    const out: Record<string, string> = {}
    for (const item of this.errors) {
      const [first, ...rest] = item.loc
      if (first !== where || rest.length === 0) continue
      const key = rest.map((part) => String(part).replace(/\[(\d+)\]/g, '.$1')).join('.')
      if (!(key in out)) out[key] = item.msg
    }
    return out
  }

  /** Messages that no single field can show (query/path errors, body-level rules). */
  generalMessages(where = 'body'): string[] {
    return this.errors
      .filter((e) => e.loc[0] !== where || e.loc.length < 2)
      .map((e) => (e.loc.length > 1 ? `${e.loc.slice(1).join('.')}: ${e.msg}` : e.msg))
  }
}

function isProblem(body: unknown): body is ProblemBody {
  if (typeof body !== 'object' || body === null) return false
  const b = body as Record<string, unknown>
  return typeof b.title === 'string' && typeof b.status === 'number' && typeof b.code === 'string'
}

const FALLBACK_TITLES: Record<number, string> = {
  401: 'Please sign in again',
  403: 'You are not allowed to do this',
  404: 'Not found',
  412: 'The record was changed by someone else',
  429: 'Too many requests',
  502: 'The server is unreachable',
  503: 'The service is unavailable',
}

/** Builds an ApiError from a failed response and its (possibly non-problem) body. */
export function toApiError(response: Response, body: unknown): ApiError {
  if (isProblem(body)) return new ApiError(body)
  const status = response.status
  return new ApiError({
    title: FALLBACK_TITLES[status] ?? `Request failed (${status})`,
    status,
    code: status >= 500 ? 'server_error' : 'http_error',
    detail: typeof body === 'string' && body.length < 300 ? body : undefined,
  })
}

export function networkError(cause: unknown): ApiError {
  const err = new ApiError({
    title: 'Cannot reach the server',
    status: 0,
    code: 'network_error',
    detail: 'Check your connection and try again.',
  })
  err.cause = cause
  return err
}

const ENDED = 'Your session has ended. Sign in again to continue.'
const CONFLICT =
  'Someone else changed this record after you opened it. Reload to see their changes, then apply yours again.'

/**
 * What each stable problem `code` means to a person, in one place. A code that
 * is not listed here shows the API's own title and detail, which are written
 * as sentences; these entries replace the ones that are not (a permission name,
 * a field of the request body) or that read better from the user's side.
 */
const SENTENCES: Record<string, string | ((error: ApiError) => string)> = {
  'auth.missing_permission': (e) => missingPermissionSentence(/permission ([a-z_]+:[a-z_]+)/.exec(e.detail ?? '')?.[1]),
  'auth.forbidden': 'You are not allowed to do this. Ask an administrator if you need it.',
  'auth.unauthorized': ENDED,
  'auth.invalid_token': ENDED,
  'auth.invalid_refresh_token': ENDED,
  'auth.bad_credentials': 'The email or password is not correct.',
  'auth.throttled': 'Too many failed attempts. Wait a few minutes, then try again.',
  not_found: 'It does not exist, or you do not have access to it.',
  precondition_failed: CONFLICT,
  precondition_required: 'This edit was sent without the version it started from. Reload the page and try again.',
  validation_error: 'Some of what you entered is not valid. Check the highlighted fields.',
  malformed_json: 'The request could not be read. Reload the page and try again.',
  too_many_requests: 'Too many requests in a short time. Wait a moment, then try again.',
  payload_too_large: 'That is too large to send. Choose a smaller file.',
  integrity_conflict: 'This change conflicts with other records. Reload and check what changed.',
  id_taken: 'This record was already created. Reload to see it.',
  'idempotency.key_reused': 'This was already saved with other values. Reload to see what was saved.',
  'leads.possible_duplicates': 'A lead or customer with the same details already exists.',
  'customers.archived': 'This customer is archived. Restore it before changing it.',
  'opportunities.closed': 'This deal is closed (won or lost). Reopen it before changing it.',
  'opportunities.not_closed': 'This deal is open already: only a won or lost deal can be reopened.',
  internal_error: 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.',
  server_error: 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.',
  network_error: 'Cannot reach the server. Check your connection and try again.',
  http_error: 'The request failed. Try again.',
}

/** A sentence a person can act on, for notifications and error panels. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const known = SENTENCES[error.code] ?? (error.isConflict ? CONFLICT : undefined)
    if (typeof known === 'function') return known(error)
    if (known) return known
    if (error.status === 403) return missingPermissionSentence(undefined)
    if (error.status === 401) return ENDED
    return error.detail && error.detail !== error.title ? `${error.title}: ${error.detail}` : error.title
  }
  if (error instanceof Error) return error.message
  return 'Something went wrong'
}
