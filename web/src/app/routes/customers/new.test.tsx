import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, problem, renderWithApp } from '@/test/render'
import { Component as NewCustomerPage } from './new'

afterEach(() => vi.restoreAllMocks())

/** The pickers' lookups get empty lists; each create answers in turn from `answers`. */
function mockApi(answers: (() => Response | Promise<Response>)[]) {
  const creates: Request[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request
    if (request.method !== 'POST') return json(request.url.includes('/territories') ? [] : { items: [], next_cursor: null })
    creates.push(request)
    return answers.shift()!()
  })
  return creates
}

const follows = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)

describe('New customer page', () => {
  it('shows a failed save next to the button with the focus, and saves again with the same Idempotency-Key', async () => {
    const creates = mockApi([
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => problem(409, { code: 'customers.external_id_taken', title: 'Another customer has this external id' }),
    ])
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView')
    renderWithApp(<NewCustomerPage />, { route: '/customers/new' })
    for (const [field, value] of [['Name', 'Acme Pumps'], ['Address line 1', '1 MG Road'], ['City', 'Pune']] as const) {
      await userEvent.click(screen.getByRole('textbox', { name: field }))
      await userEvent.paste(value)
    }
    const save = screen.getByRole('button', { name: 'Create customer' })
    await userEvent.click(save)

    // The long form's error is drawn where the user is looking: after the last field, before the button.
    const timeout = await screen.findByRole('alert')
    expect(timeout).toHaveTextContent('Cannot reach the server')
    expect(timeout).toHaveFocus()
    expect(scrolled.mock.contexts).toContain(timeout)
    expect(follows(screen.getByRole('textbox', { name: 'Longitude' }), timeout)).toBe(true)
    expect(follows(timeout, save)).toBe(true)

    // Saving again is the same customer: the API replays instead of creating a twin.
    await userEvent.click(save)
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Another customer has this external id'))
    expect(screen.getByRole('alert')).toHaveFocus()
    const [first, second] = creates
    expect(first!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/)
    expect(second!.headers.get('Idempotency-Key')).toBe(first!.headers.get('Idempotency-Key'))
  })
})
