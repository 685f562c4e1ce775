import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatDateTime } from '@/lib/format'
import { json, problem, renderWithApp } from '@/test/render'
import type { Activity } from '../api/get-agenda'
import { ActivityModal } from './activity-modal'

afterEach(() => vi.restoreAllMocks())

const activity = {
  id: 'a1',
  version: 5,
  type: 'meeting',
  subject: 'Chiller demo',
  description: null,
  status: 'planned',
  owner_id: 'u1',
  customer_id: 'c1',
  customer_name: 'Acme Pumps',
  contact_id: null,
  lead_id: null,
  opportunity_id: null,
  starts_at: '2026-12-01T04:30:00Z',
  ends_at: null,
  due_at: null,
  scheduled_at: '2026-12-01T04:30:00Z',
  reminder_at: null,
  location: null,
} as unknown as Activity

describe('ActivityModal', () => {
  it('on a 412 shows both values, and saves the chosen ones with the new version', async () => {
    // Someone else saved version 6: a new subject and a later start.
    const theirs = { ...activity, version: 6, subject: 'Chiller demo (moved)', starts_at: '2026-12-01T08:30:00Z' }
    const sent: Request[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const request = input as Request
      if (request.method === 'GET') {
        if (request.url.includes('/activities/a1')) return json(theirs, 200, { ETag: '"6"' })
        return json({ items: [], total: 0 })
      }
      sent.push(request)
      if (request.headers.get('If-Match') === '"5"') return problem(412, { code: 'precondition_failed', title: 'Changed' })
      return json({ ...theirs, version: 7 }, 200, { ETag: '"7"' })
    })
    const onClose = vi.fn()
    renderWithApp(<ActivityModal activity={activity} canAssign={false} onClose={onClose} />)
    await userEvent.clear(screen.getByLabelText(/^Subject/))
    await userEvent.type(screen.getByLabelText(/^Subject/), 'Chiller demo with drawings')
    await userEvent.type(screen.getByLabelText('Location'), 'Pune works')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    const resolver = await screen.findByRole('region', { name: 'Someone else changed this record' })
    expect(await sent[0]!.json()).toEqual({ subject: 'Chiller demo with drawings', location: 'Pune works' })
    const subject = await within(resolver).findByRole('radiogroup', { name: /^Subject/ })
    expect(subject).toHaveAccessibleName('Subject Both changed')
    expect(within(subject).getByRole('radio', { name: /Yours.*Chiller demo with drawings/ })).toBeInTheDocument()
    expect(within(subject).getByRole('radio', { name: /Saved by someone else.*Chiller demo \(moved\)/ })).toBeInTheDocument()
    const location = within(resolver).getByRole('radiogroup', { name: /^Location/ })
    expect(within(location).getByRole('radio', { name: /Yours.*Pune works/ })).toBeChecked()
    expect(resolver).toHaveTextContent(`Starts: ${formatDateTime('2026-12-01T08:30:00Z')}`)

    await userEvent.click(within(subject).getByRole('radio', { name: /Saved by someone else/ }))
    await userEvent.click(within(resolver).getByRole('button', { name: 'Save with these choices' }))
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(sent).toHaveLength(2)
    expect(sent[1]!.method).toBe('PATCH')
    expect(sent[1]!.headers.get('If-Match')).toBe('"6"')
    expect(await sent[1]!.json()).toEqual({ location: 'Pune works' })
  })
})
