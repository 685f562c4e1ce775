import { TextInput, type TextInputProps } from '@mantine/core'

interface TextFilterProps extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> {
  value: string | undefined
  onCommit: (value: string | null) => void
}

/** A free-text filter that applies on Enter or when leaving the field (not on every key). */
export function TextFilter({ value, onCommit, ...props }: TextFilterProps) {
  const commit = (raw: string) => {
    const next = raw.trim() || null
    if (next !== (value ?? null)) onCommit(next)
  }
  return (
    <TextInput
      key={value ?? ''}
      defaultValue={value ?? ''}
      onBlur={(e) => commit(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit(e.currentTarget.value)
      }}
      {...props}
    />
  )
}
