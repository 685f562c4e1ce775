import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, renderWithApp } from '@/test/render'
import { CustomerFilters } from './customer-filters'
import { facetOptions } from './facet-options'

afterEach(() => vi.restoreAllMocks())

const facets = {
  industry: [
    { value: 'Pharma', count: 12 },
    { value: 'Textiles', count: 3 },
  ],
  segment: [{ value: 'Key account', count: 7 }],
}

/** The facets endpoint answers `facets`; the pickers' lookups answer empty pages. */
function api() {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = new URL((input as Request).url)
    if (url.pathname === '/api/v1/customers/facets') return json(facets)
    if (url.pathname === '/api/v1/territories') return json([])
    return json({ items: [], next_cursor: null })
  })
}

describe('CustomerFilters pick lists', () => {
  it('offers the industries that exist, with their counts, and filters on the one picked', async () => {
    api()
    const onChange = vi.fn()
    renderWithApp(<CustomerFilters filters={{}} onChange={onChange} />)
    await userEvent.click(screen.getByRole('textbox', { name: 'Industry' }))
    const pharma = await screen.findByRole('option', { name: /Pharma/ })
    expect(pharma).toHaveTextContent('12')
    expect(screen.getByRole('option', { name: /Textiles/ })).toHaveTextContent('3')
    await userEvent.click(pharma)
    expect(onChange).toHaveBeenCalledWith({ industry: 'Pharma' })
  })

  it('shows the chosen segment and narrows the list as the user types', async () => {
    api()
    const onChange = vi.fn()
    renderWithApp(<CustomerFilters filters={{ segment: 'Key account' }} onChange={onChange} />)
    const segment = screen.getByRole('textbox', { name: 'Segment' })
    await waitFor(() => expect(segment).toHaveValue('Key account'))
    await userEvent.clear(segment)
    await userEvent.type(segment, 'zz')
    expect(await screen.findByText('No customer has that')).toBeInTheDocument()
  })
})

describe('facetOptions', () => {
  it('keeps a value from the address bar that no customer has any more', () => {
    expect(facetOptions(facets.industry, 'Cement').map((o) => o.value)).toEqual(['Cement', 'Pharma', 'Textiles'])
    expect(facetOptions(facets.industry, 'pharma').map((o) => o.value)).toEqual(['Pharma', 'Textiles'])
    expect(facetOptions(undefined, undefined)).toEqual([])
  })
})
