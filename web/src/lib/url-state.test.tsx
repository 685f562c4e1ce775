import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { MemoryRouter, useLocation } from 'react-router'
import { describe, expect, it } from 'vitest'
import { compact, useUrlFilters } from './url-state'

function wrapper(initial: string) {
  return ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[initial]}>{children}</MemoryRouter>
}

describe('useUrlFilters', () => {
  it('reads the filters from the URL and writes changes back, dropping empty ones', () => {
    const { result } = renderHook(
      () => {
        const [filters, setFilters] = useUrlFilters(['q', 'status'] as const)
        return { filters, setFilters, search: useLocation().search }
      },
      { wrapper: wrapper('/leads?q=acme&status=new&other=kept') },
    )
    expect(result.current.filters).toEqual({ q: 'acme', status: 'new' })
    act(() => result.current.setFilters({ status: null, q: 'pumps' }))
    expect(result.current.filters).toEqual({ q: 'pumps', status: undefined })
    expect(result.current.search).toBe('?q=pumps&other=kept')
  })
})

describe('compact', () => {
  it('drops undefined, null and empty values', () => {
    expect(compact({ a: 1, b: undefined, c: null, d: '', e: 'x' })).toEqual({ a: 1, e: 'x' })
  })
})
