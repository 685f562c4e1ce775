import '@testing-library/jest-dom/vitest'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { tokenStore } from '@/lib/auth/token-store'

// jsdom lacks the layout APIs Mantine's components ask for.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
})

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver
window.HTMLElement.prototype.scrollIntoView ??= () => undefined

// Test files share one module graph per worker (isolate: false in vite.config.ts):
// every store that outlives a render is emptied after each test.
afterEach(() => {
  cleanup()
  notifications.clean()
  modals.closeAll()
  tokenStore.set(null)
  localStorage.clear()
})
