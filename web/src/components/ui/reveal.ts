import { useEffect, useRef } from 'react'

/**
 * Brings a message the user must act on into view and moves focus to it, each
 * time `trigger` changes to something. An error drawn at the top of a long form
 * is out of sight of the button just pressed: to the user "Save" did nothing.
 */
export function useReveal<T extends HTMLElement>(trigger: unknown) {
  const ref = useRef<T>(null)
  useEffect(() => {
    const element = ref.current
    if (!trigger || !element) return
    element.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
    element.focus({ preventScroll: true })
  }, [trigger])
  return ref
}

/** Props for the revealed element: focusable by script only, clear of the sticky header, with room below for the button it sits above. */
export const REVEALED = { tabIndex: -1, style: { scrollMarginTop: 80, scrollMarginBottom: 72 } } as const
