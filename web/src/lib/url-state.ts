import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'

/**
 * A list's filters live in the URL so that a filtered view can be bookmarked,
 * shared and restored with the back button. Empty values are dropped.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams()
  const serialized = params.toString()

  const filters = useMemo(() => {
    const current = new URLSearchParams(serialized)
    const out = {} as Record<K, string | undefined>
    for (const key of keys) out[key] = current.get(key) ?? undefined
    return out
    // keys is a constant tuple per caller
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serialized])

  const setFilters = useCallback(
    (patch: Partial<Record<K, string | null | undefined>>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev)
          for (const [key, value] of Object.entries(patch) as [K, string | null | undefined][]) {
            if (value === undefined || value === null || value === '') next.delete(key)
            else next.set(key, value)
          }
          return next
        },
        { replace: true },
      )
    },
    [setParams],
  )

  return [filters, setFilters] as const
}

/** Drops undefined entries so query keys stay stable and requests stay clean. */
export function compact<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {}
  for (const [k, v] of Object.entries(value)) {
    if (v !== undefined && v !== null && v !== '') (out as Record<string, unknown>)[k] = v
  }
  return out
}
