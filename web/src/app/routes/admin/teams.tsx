import { TeamsPanel } from '@/features/users/components/teams-panel'

export function Component() {
  return <TeamsPanel />
}
