import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, problem, renderWithApp } from '@/test/render'
import type { Contact } from '../api/get-customer'
import { ContactModal } from './contact-modal'

afterEach(() => vi.restoreAllMocks())

const contact = {
  id: 'ct1',
  customer_id: 'c1',
  version: 2,
  name: 'Ravi Kumar',
  title: 'Plant head',
  email: 'ravi@acme.example',
  phone: null,
  preferred_channel: 'phone',
  email_opt_in: false,
  sms_opt_in: false,
  is_primary: true,
} as unknown as Contact

describe('ContactModal', () => {
  it('on a 412 shows both values, and saves the chosen ones with the new version', async () => {
    // Someone else saved version 3: the title and the preferred channel changed.
    const theirs = { ...contact, version: 3, title: 'Plant manager', preferred_channel: 'email' }
    const sent: Request[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const request = input as Request
      if (request.method === 'GET') return json(theirs, 200, { ETag: '"3"' })
      sent.push(request)
      if (request.headers.get('If-Match') === '"2"') return problem(412, { code: 'precondition_failed', title: 'Changed' })
      return json({ ...theirs, version: 4 }, 200, { ETag: '"4"' })
    })
    const onClose = vi.fn()
    renderWithApp(<ContactModal customerId="c1" contact={contact} onClose={onClose} />)
    await userEvent.clear(screen.getByLabelText('Title'))
    await userEvent.type(screen.getByLabelText('Title'), 'Works manager')
    await userEvent.type(screen.getByLabelText('Phone'), '+91 98200 00002')
    await userEvent.click(screen.getByRole('button', { name: 'Save contact' }))

    expect(await sent[0]!.json()).toEqual({ title: 'Works manager', phone: '+91 98200 00002' })
    const resolver = await screen.findByRole('region', { name: 'Someone else changed this record' })
    const title = await within(resolver).findByRole('radiogroup', { name: /^Title/ })
    expect(title).toHaveAccessibleName('Title Both changed')
    expect(within(title).getByRole('radio', { name: /Yours.*Works manager/ })).not.toBeChecked()
    expect(within(title).getByRole('radio', { name: /Saved by someone else.*Plant manager/ })).not.toBeChecked()
    const phone = within(resolver).getByRole('radiogroup', { name: /^Phone/ })
    expect(within(phone).getByRole('radio', { name: /Yours.*\+91 98200 00002/ })).toBeChecked()
    expect(resolver).toHaveTextContent('Preferred channel: Email')

    await userEvent.click(within(title).getByRole('radio', { name: /Yours/ }))
    await userEvent.click(within(resolver).getByRole('button', { name: 'Save with these choices' }))
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(sent).toHaveLength(2)
    expect(sent[1]!.method).toBe('PATCH')
    expect(sent[1]!.headers.get('If-Match')).toBe('"3"')
    expect(await sent[1]!.json()).toEqual({ title: 'Works manager', phone: '+91 98200 00002' })
  })
})
