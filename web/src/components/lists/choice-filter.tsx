import { Group, Select } from '@mantine/core'

export type ChoiceFilterProps = {
  label: string
  options: { value: string; label: string }[]
  value: string | null | undefined
  onChange: (value: string | null) => void
  width?: number
}

/** A list's one filter of a few fixed choices (a status), cleared back to "Any". */
export function ChoiceFilterBar({ label, options, value, onChange, width = 200 }: ChoiceFilterProps) {
  return (
    <Group gap="sm" mb="md" align="flex-end">
      <Select
        label={label}
        placeholder="Any"
        data={options}
        clearable
        value={value ?? null}
        onChange={onChange}
        w={{ base: '100%', xs: width }}
      />
    </Group>
  )
}
