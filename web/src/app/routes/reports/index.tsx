import { ReportsIndex } from '@/features/reports/components/reports-index'
import { useMe } from '@/lib/auth/session'

export function Component() {
  const { data: me } = useMe()
  return <ReportsIndex permissions={me?.permissions ?? []} />
}
