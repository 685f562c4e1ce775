import { describe, expect, it } from 'vitest'
import { ApiError, describeError, toApiError } from './problem'

const validation = {
  type: 'about:blank',
  title: 'Invalid input',
  status: 422,
  code: 'validation_error',
  request_id: 'req-1',
  errors: [
    { loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error' },
    { loc: ['body', 'addresses', 0, 'city'], msg: 'Field required', type: 'missing' },
    { loc: ['query', 'sort'], msg: 'must be one of: name', type: 'enum' },
  ],
}

describe('toApiError', () => {
  it('keeps the stable code, status and request id of a problem body', () => {
    const error = toApiError(new Response(null, { status: 422 }), validation)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.code).toBe('validation_error')
    expect(error.status).toBe(422)
    expect(error.requestId).toBe('req-1')
  })

  it('keys field errors by their dotted body path, as forms name their fields', () => {
    const error = toApiError(new Response(null, { status: 422 }), validation)
    expect(error.fieldErrors()).toEqual({
      email: 'value is not a valid email address',
      'addresses.0.city': 'Field required',
    })
    expect(error.generalMessages()).toEqual(['sort: must be one of: name'])
  })

  it('keys a field a service named in one piece (lines[1].quantity) like a validation error', () => {
    const error = toApiError(new Response(null, { status: 422 }), {
      title: 'Unprocessable',
      status: 422,
      code: 'validation_error',
      errors: [{ loc: ['body', 'lines[1].quantity'], msg: 'at most 2 is still to deliver on this line', type: 'beyond_outstanding' }],
    })
    expect(error.fieldErrors()).toEqual({ 'lines.1.quantity': 'at most 2 is still to deliver on this line' })
    expect(error.generalMessages()).toEqual([])
  })

  it('builds a useful error from a body that is not a problem', () => {
    const error = toApiError(new Response('<html>', { status: 502 }), '<html>')
    expect(error.status).toBe(502)
    expect(error.code).toBe('server_error')
    expect(error.title).toBe('The server is unreachable')
  })
})

describe('describeError', () => {
  it('explains a 412 in words a person can act on', () => {
    const error = new ApiError({ title: 'The record was changed by someone else', status: 412, code: 'precondition_failed' })
    expect(error.isConflict).toBe(true)
    expect(describeError(error)).toMatch(/someone else changed this record/i)
    expect(describeError(error)).toMatch(/reload/i)
  })

  it('joins title and detail', () => {
    const error = new ApiError({ title: 'Conflict', status: 409, code: 'leads.already_converted', detail: 'Lead was converted' })
    expect(describeError(error)).toBe('Conflict: Lead was converted')
  })
})

describe('refusals and other stable codes read as sentences', () => {
  const problem = (status: number, code: string, title: string, detail?: string) => new ApiError({ status, code, title, detail })

  it('names what a missing permission would allow, never the permission itself', () => {
    const sentence = describeError(problem(403, 'auth.missing_permission', 'Not allowed', 'Missing permission audit:read'))
    expect(sentence).toBe('Your role does not allow you to read the audit log. Ask an administrator if you need it.')
    expect(describeError(problem(403, 'auth.missing_permission', 'Not allowed', 'Missing permission something:new'))).toBe(
      'Your role does not allow this. Ask an administrator if you need it.',
    )
  })

  it.each([
    ['auth.forbidden', 403, /not allowed to do this/],
    ['not_found', 404, /does not exist, or you do not have access/],
    ['precondition_failed', 412, /someone else changed this record/i],
    ['validation_error', 422, /check the highlighted fields/i],
    ['too_many_requests', 429, /wait a moment/i],
    ['auth.invalid_token', 401, /sign in again/i],
    ['network_error', 0, /check your connection/i],
    ['leads.possible_duplicates', 409, /already exists/],
  ])('%s', (code, status, expected) => {
    const sentence = describeError(problem(status, code, 'Technical title', 'technical detail'))
    expect(sentence).toMatch(expected)
    expect(sentence).not.toMatch(/technical|:/)
  })

  it('keeps the API’s own sentence for a code it does not list', () => {
    expect(describeError(problem(409, 'pipelines.stage_in_use', 'Deals are in this stage or passed through it'))).toBe(
      'Deals are in this stage or passed through it',
    )
  })
})
