import { Select, type SelectProps } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useCustomerName, useCustomerSearch } from '@/lib/lookups/customers'

type CustomerSelectProps = Omit<SelectProps, 'data' | 'searchValue' | 'onSearchChange' | 'filter'>

/** Picks a customer by searching the API as one types. */
export function CustomerSelect(props: CustomerSelectProps) {
  const [search, setSearch] = useState('')
  const [q] = useDebouncedValue(search, 250)
  const results = useCustomerSearch(q)
  const selectedName = useCustomerName(props.value)
  const options = results.data ?? []
  const data =
    props.value && selectedName.data && !options.some((o) => o.value === props.value)
      ? [{ value: props.value, label: selectedName.data }, ...options]
      : options
  return (
    <Select
      searchable
      clearable
      data={data}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by name.
      filter={({ options: o }) => o}
      nothingFoundMessage={results.isFetching ? 'Searching…' : 'No customer found'}
      {...props}
    />
  )
}
