import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, problem, renderWithApp } from '@/test/render'
import type { User } from '../api/get-users'
import type { Team } from '../api/teams'
import { UserModal } from './user-modal'

afterEach(() => vi.restoreAllMocks())

const teams = [
  { id: 't1', name: 'West', version: 1, head_id: null },
  { id: 't2', name: 'South', version: 1, head_id: null },
] as unknown as Team[]
const user = {
  id: 'u1',
  version: 7,
  email: 'asha@example.com',
  full_name: 'Asha Menon',
  phone: null,
  role: 'sales_engineer',
  team_id: 't1',
  territories: [],
  is_active: true,
} as unknown as User

describe('UserModal', () => {
  it('on a 412 shows both values by name, never the password, and saves the choices with the new version', async () => {
    // Someone else saved version 8: moved Asha to the South team.
    const theirs = { ...user, version: 8, team_id: 't2' }
    const sent: Request[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const request = input as Request
      const path = new URL(request.url).pathname
      if (request.method === 'GET') return path.endsWith('/users/u1') ? json(theirs, 200, { ETag: '"8"' }) : json([])
      sent.push(request)
      if (request.headers.get('If-Match') === '"7"') return problem(412, { code: 'precondition_failed', title: 'Changed' })
      return json({ ...theirs, version: 9 })
    })
    const onClose = vi.fn()
    renderWithApp(<UserModal user={user} teams={teams} onClose={onClose} />)
    await userEvent.type(screen.getByLabelText('Phone'), '+91 98200 00003')
    await userEvent.type(screen.getByLabelText(/^New password/), 'a-long-secret-1')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    const resolver = await screen.findByRole('region', { name: 'Someone else changed this record' })
    expect(await sent[0]!.json()).toEqual({ phone: '+91 98200 00003', password: 'a-long-secret-1' })
    const phone = await within(resolver).findByRole('radiogroup', { name: /^Phone/ })
    expect(within(phone).getByRole('radio', { name: /Yours.*\+91 98200 00003/ })).toBeChecked()
    const password = within(resolver).getByRole('radiogroup', { name: /^New password/ })
    expect(password).not.toHaveTextContent('a-long-secret-1')
    expect(resolver).toHaveTextContent('Team: South')

    await userEvent.click(within(resolver).getByRole('button', { name: 'Save with these choices' }))
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(sent[1]!.headers.get('If-Match')).toBe('"8"')
    expect(await sent[1]!.json()).toEqual({ phone: '+91 98200 00003', password: 'a-long-secret-1' })
  })
})
