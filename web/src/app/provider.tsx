import '@mantine/core/styles.css'
import '@mantine/dates/styles.css'
import '@mantine/notifications/styles.css'
import './global.css'
import { MantineProvider } from '@mantine/core'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { createQueryClient } from '@/lib/query-client'
import { theme } from './theme'

interface AppProviderProps {
  children: ReactNode
  queryClient?: QueryClient
  /** "test" turns off transitions and portals, so component tests see the final state at once. */
  env?: 'default' | 'test'
}

/**
 * What every page needs, the sign-in page included: the theme and the query
 * cache. Dates use Mantine's defaults (English, weeks from Monday). The
 * notifications and dialogs live in the app shell (ShellProvider), so the
 * sign-in page does not load them.
 */
export function AppProvider({ children, queryClient, env = 'default' }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" env={env}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MantineProvider>
  )
}
