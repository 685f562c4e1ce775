import { Select, type SelectProps } from '@mantine/core'
import { usePeople } from '@/lib/lookups/users'
import { useTerritories } from '@/lib/lookups/territories'

type PickerProps = Omit<SelectProps, 'data'> & { roles?: string[] }

/** A searchable select of the people the caller may see. */
export function PersonSelect({ roles, ...props }: PickerProps) {
  const { data, isPending } = usePeople()
  const options = (data ?? [])
    .filter((u) => !roles || roles.includes(u.role))
    .map((u) => ({ value: u.id, label: u.full_name }))
  return <Select searchable clearable data={options} disabled={isPending || props.disabled} {...props} />
}

export function TerritorySelect(props: Omit<SelectProps, 'data'>) {
  const { data, isPending } = useTerritories()
  const options = (data ?? []).map((t) => ({ value: t.id, label: `${t.name} (${t.region})` }))
  return <Select searchable clearable data={options} disabled={isPending || props.disabled} {...props} />
}
