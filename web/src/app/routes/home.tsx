import { PageHeader } from '@/components/ui/page-header'
import { useMe } from '@/lib/auth/session'

export function Component() {
  const { data: me } = useMe()
  return <PageHeader title={`Welcome, ${me?.full_name ?? ''}`} />
}
