import { TerritoriesPanel } from '@/features/users/components/territories-panel'

export function Component() {
  return <TerritoriesPanel />
}
