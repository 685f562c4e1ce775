import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/lib/api/problem'
import { formatMoney } from '@/lib/format'
import type { Values } from '@/lib/three-way-merge'
import { renderWithApp } from '@/test/render'
import { ConflictResolver } from './conflict-resolver'
import type { ConflictSetup } from './conflict-types'

const base = { name: 'Acme Pumps', phone: null, credit_limit: '250000.00', currency: 'INR', notes: null }
const stale = () => new ApiError({ title: 'Changed', status: 412, code: 'precondition_failed' })

function setup(versions: Values[], save: ConflictSetup<Values>['save']) {
  let read = 0
  const onSaved = vi.fn()
  const resolver: ConflictSetup<Values> = {
    fields: [
      { key: 'name', label: 'Name' },
      { key: 'phone', label: 'Phone' },
      { key: 'credit_limit', label: 'Credit limit', format: (v, r) => formatMoney(String(v), String(r.currency)) },
      { key: 'notes', label: 'Notes' },
    ],
    comparable: (v) => v,
    latest: vi.fn(async () => {
      const values = versions[Math.min(read, versions.length - 1)]!
      read += 1
      return { values, etag: `"${read + 4}"` }
    }),
    save: vi.fn(save),
    onSaved,
  }
  return { resolver, onSaved }
}

const region = () => screen.findByRole('region', { name: 'Someone else changed this record' })
const group = async (name: RegExp) => within(await region()).findByRole('radiogroup', { name })

describe('ConflictResolver', () => {
  it('shows money as the app formats it and sends the chosen values with the new ETag', async () => {
    const mine = { ...base, phone: '+91 22 4000 1234', credit_limit: '300000' }
    const theirs = { ...base, credit_limit: '275000.5', notes: 'Changed by a colleague' }
    const { resolver, onSaved } = setup([theirs], async () => undefined)
    renderWithApp(<ConflictResolver setup={resolver} conflict={{ base, mine }} />)

    const limit = await group(/^Credit limit/)
    expect(within(limit).getByRole('radio', { name: /Yours ₹3,00,000.00/ })).toBeInTheDocument()
    expect(within(limit).getByRole('radio', { name: /Saved by someone else ₹2,75,000.50/ })).toBeInTheDocument()
    expect(limit).toHaveAccessibleDescription(/When you opened it: ₹2,50,000.00/)
    expect(screen.queryByRole('radiogroup', { name: /^Notes/ })).toBeNull()
    expect(await region()).toHaveTextContent('Notes: Changed by a colleague')

    await userEvent.click(within(limit).getByRole('radio', { name: /^Yours/ }))
    const phone = await group(/^Phone/)
    await userEvent.click(within(phone).getByRole('radio', { name: /Saved by someone else/ }))
    await userEvent.click(screen.getByRole('button', { name: 'Save with these choices' }))
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(resolver.save).toHaveBeenCalledExactlyOnceWith({ credit_limit: '300000' }, '"5"')
  })

  it('sends nothing when every choice takes their value', async () => {
    const { resolver, onSaved } = setup([{ ...base, name: 'Acme Ltd' }], async () => undefined)
    renderWithApp(<ConflictResolver setup={resolver} conflict={{ base, mine: { ...base, phone: '1' } }} />)
    await userEvent.click(within(await group(/^Phone/)).getByRole('radio', { name: /Saved by someone else/ }))
    await userEvent.click(screen.getByRole('button', { name: 'Save with these choices' }))
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(resolver.save).not.toHaveBeenCalled()
  })

  it('a further 412 compares the choices with the newest version and asks again', async () => {
    const first = { ...base, notes: 'v5' }
    const second = { ...first, phone: '+91 99999 00000' }
    const save = vi.fn<ConflictSetup<Values>['save']>().mockRejectedValueOnce(stale()).mockResolvedValueOnce(undefined)
    const { resolver, onSaved } = setup([first, second], save)
    renderWithApp(<ConflictResolver setup={resolver} conflict={{ base, mine: { ...base, phone: '+91 22 4000 1234' } }} />)
    await group(/^Phone/)
    await userEvent.click(screen.getByRole('button', { name: 'Save with these choices' }))

    expect(await screen.findByText(/It was changed again while you were choosing/)).toBeInTheDocument()
    const phone = await group(/^Phone Both changed/)
    expect(within(phone).getByRole('radio', { name: /Saved by someone else \+91 99999 00000/ })).not.toBeChecked()
    await userEvent.click(within(phone).getByRole('radio', { name: /^Yours/ }))
    await userEvent.click(screen.getByRole('button', { name: 'Save with these choices' }))
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(save.mock.calls).toEqual([
      [{ phone: '+91 22 4000 1234' }, '"5"'],
      [{ phone: '+91 22 4000 1234' }, '"6"'],
    ])
  })
})
