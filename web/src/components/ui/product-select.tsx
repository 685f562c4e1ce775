import { Select, type SelectProps } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useProduct, useProductSearch } from '@/lib/lookups/catalogue'

type ProductSelectProps = Omit<SelectProps, 'data' | 'searchValue' | 'onSearchChange' | 'filter'>

/** Picks an active product by searching SKU and name on the API as one types. */
export function ProductSelect(props: ProductSelectProps) {
  const [search, setSearch] = useState('')
  const [q] = useDebouncedValue(search, 250)
  const results = useProductSearch(q)
  const selected = useProduct(props.value)
  const options = (results.data ?? []).map((p) => ({ value: p.id, label: `${p.sku} · ${p.name}` }))
  const data =
    props.value && selected.data && !options.some((o) => o.value === props.value)
      ? [{ value: props.value, label: `${selected.data.sku} · ${selected.data.name}` }, ...options]
      : options
  return (
    <Select
      searchable
      data={data}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by SKU and name.
      filter={({ options: o }) => o}
      nothingFoundMessage={results.isFetching ? 'Searching…' : 'No product found'}
      {...props}
    />
  )
}
