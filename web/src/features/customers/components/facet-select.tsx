import { Group, Select, Text, type SelectProps } from '@mantine/core'
import type { FacetValue } from '../api/get-customer-facets'
import { facetOptions } from './facet-options'

interface FacetSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  values: FacetValue[] | undefined
  value: string | undefined
  onChange: (value: string | null) => void
}

/** A filter picked from the values customers have, each with how many customers have it. */
export function FacetSelect({ values, value, onChange, ...props }: FacetSelectProps) {
  const options = facetOptions(values, value)
  const counts = new Map(options.map((o) => [o.value, o.count]))
  const selected = options.find((o) => o.value.toLowerCase() === (value ?? '').toLowerCase())?.value ?? null
  return (
    <Select
      data={options.map(({ value: v, label }) => ({ value: v, label }))}
      value={selected}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage="No customer has that"
      renderOption={({ option }) => (
        <Group justify="space-between" wrap="nowrap" w="100%">
          <Text size="sm">{option.label}</Text>
          <Text size="xs" c="dimmed">
            {counts.get(option.value) ?? 0}
          </Text>
        </Group>
      )}
      {...props}
    />
  )
}
