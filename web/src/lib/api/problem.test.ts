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
