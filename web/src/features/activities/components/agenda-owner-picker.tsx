import { Select } from '@mantine/core'
import { useMe } from '@/lib/auth/session'
import { usePeople } from '@/lib/lookups/users'
import { whoseOptions, type Whose } from './agenda-owner'

interface AgendaOwnerPickerProps {
  whose: Whose
  onChange: (whose: Whose) => void
}

/** "Whose agenda": mine, the whole team's, or one engineer's. Nothing for an engineer (only their own). */
export function AgendaOwnerPicker({ whose, onChange }: AgendaOwnerPickerProps) {
  const me = useMe()
  const people = usePeople()
  const options = whoseOptions(me.data, people.data)
  if (options.length === 0) return null
  return (
    <Select
      aria-label="Whose agenda"
      data={options}
      value={whose}
      onChange={(value) => onChange(value ?? 'me')}
      allowDeselect={false}
      searchable
      w={200}
    />
  )
}
