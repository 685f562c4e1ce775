import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, problem, renderWithApp } from '@/test/render'
import { TeamsPanel } from './teams-panel'

afterEach(() => vi.restoreAllMocks())

const person = (id: string, full_name: string) => ({ id, full_name, role: 'sales_head', team_id: null, is_active: true })
const people = [person('u1', 'Asha Menon'), person('u2', 'Vikram Shah')]
const team = { id: 't1', version: 1, name: 'West', head_id: 'u1' }

describe('TeamModal', () => {
  it('on a 412 shows both values, and saves the chosen ones with the new version', async () => {
    // Someone else saved version 2: renamed the team and made Vikram its head.
    const theirs = { ...team, version: 2, name: 'West India', head_id: 'u2' }
    const sent: Request[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const request = input as Request
      const path = new URL(request.url).pathname
      if (request.method === 'GET') {
        if (path.endsWith('/teams/t1')) return json(theirs, 200, { ETag: '"2"' })
        if (path.endsWith('/teams')) return json([team])
        return json({ items: people, total: people.length })
      }
      sent.push(request)
      if (request.headers.get('If-Match') === '"1"') return problem(412, { code: 'precondition_failed', title: 'Changed' })
      return json({ ...theirs, version: 3 }, 200, { ETag: '"3"' })
    })
    renderWithApp(<TeamsPanel />)
    await userEvent.click(await screen.findByRole('button', { name: 'West' }))
    const dialog = await screen.findByRole('dialog')
    await userEvent.clear(within(dialog).getByLabelText(/^Name/))
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'West & Goa')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }))

    const resolver = await within(dialog).findByRole('region', { name: 'Someone else changed this record' })
    expect(await sent[0]!.json()).toEqual({ name: 'West & Goa' })
    const name = await within(resolver).findByRole('radiogroup', { name: /^Name/ })
    expect(name).toHaveAccessibleName('Name Both changed')
    expect(within(name).getByRole('radio', { name: /Yours.*West & Goa/ })).toBeInTheDocument()
    expect(within(name).getByRole('radio', { name: /Saved by someone else.*West India/ })).toBeInTheDocument()
    // The head they chose is shown by name.
    expect(resolver).toHaveTextContent('Head: Vikram Shah')

    await userEvent.click(within(name).getByRole('radio', { name: /Yours/ }))
    await userEvent.click(within(resolver).getByRole('button', { name: 'Save with these choices' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(sent).toHaveLength(2)
    expect(sent[1]!.method).toBe('PATCH')
    expect(sent[1]!.headers.get('If-Match')).toBe('"2"')
    expect(await sent[1]!.json()).toEqual({ name: 'West & Goa' })
  })
})

describe('TeamModal refusals', () => {
  it('shows a refusal at the field it names and lists one the form has no field for', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const request = input as Request
      const path = new URL(request.url).pathname
      if (request.method === 'GET') return path.endsWith('/teams') ? json([team]) : json({ items: people, total: people.length })
      return problem(422, {
        code: 'validation_error',
        title: 'Validation failed',
        errors: [
          { loc: ['body', 'name'], msg: 'String should have at most 120 characters', type: 'string_too_long' },
          { loc: ['body', 'id'], msg: 'is used by another record', type: 'id_taken' },
        ],
      })
    })
    renderWithApp(<TeamsPanel />)
    await userEvent.click(await screen.findByRole('button', { name: 'New team' }))
    const dialog = await screen.findByRole('dialog')
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'East')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }))

    expect(await within(dialog).findByText('String should have at most 120 characters')).toBeInTheDocument()
    expect(within(dialog).getByLabelText(/^Name/)).toHaveAttribute('aria-invalid', 'true')
    expect(within(dialog).getByRole('alert')).toHaveTextContent('id: is used by another record')
  })
})
