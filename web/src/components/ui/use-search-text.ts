import { useDebouncedCallback } from '@mantine/hooks'
import { useState } from 'react'

/**
 * A search box that writes to the URL after a pause in typing and follows the
 * URL when something else changes it (a saved view, the back button), without
 * undoing what the user is typing.
 */
export function useSearchText(urlValue: string | undefined, commit: (value: string | null) => void, delay = 300) {
  const current = urlValue ?? ''
  const [text, setText] = useState(current)
  // The URL value this box last knew about: its own push, or one it was told of.
  const [known, setKnown] = useState(current)
  const push = useDebouncedCallback((value: string) => {
    const next = value.trim()
    setKnown(next)
    commit(next || null)
  }, delay)
  if (current !== known) {
    setKnown(current)
    setText(current)
  }
  const change = (value: string) => {
    setText(value)
    push(value)
  }
  return [text, change] as const
}
