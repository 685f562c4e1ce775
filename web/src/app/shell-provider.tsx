import { ModalsProvider } from '@mantine/modals'
import { Notifications } from '@mantine/notifications'
import type { ReactNode } from 'react'

/** Notifications and confirm dialogs: part of the signed-in app shell (a lazy chunk). */
export function ShellProvider({ children }: { children: ReactNode }) {
  return (
    <>
      <Notifications position="bottom-right" limit={4} />
      <ModalsProvider>{children}</ModalsProvider>
    </>
  )
}
