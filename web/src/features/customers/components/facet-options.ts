import type { FacetValue } from '../api/get-customer-facets'

/** Pick-list options of the values that exist; a value from the address bar that no longer does stays choosable. */
export function facetOptions(values: FacetValue[] | undefined, current: string | undefined) {
  const options = (values ?? []).map((v) => ({ value: v.value, label: v.value, count: v.count }))
  if (current && !options.some((o) => o.value.toLowerCase() === current.toLowerCase())) {
    options.unshift({ value: current, label: current, count: 0 })
  }
  return options
}
