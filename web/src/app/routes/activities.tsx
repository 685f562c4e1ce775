import { PageHeader } from '@/components/ui/page-header'
import { Agenda } from '@/features/activities/components/agenda'
import { parseWhose } from '@/features/activities/components/agenda-owner'
import { parseDay, type AgendaView } from '@/features/activities/components/agenda-range'
import { useCan } from '@/lib/auth/session'
import { toIsoDate } from '@/lib/format'
import { useUrlFilters } from '@/lib/url-state'

const KEYS = ['view', 'date', 'whose'] as const

export function Component() {
  const [params, setParams] = useUrlFilters(KEYS)
  const view: AgendaView = params.view === 'day' ? 'day' : 'week'
  const whose = parseWhose(params.whose)
  const canAssign = useCan('leads:assign')
  return (
    <>
      <PageHeader
        title={whose === 'me' ? 'My agenda' : 'Agenda'}
        description="Calls, meetings, appointments and tasks, with reminders."
      />
      <Agenda
        view={view}
        day={parseDay(params.date)}
        canAssign={canAssign}
        whose={whose}
        onWhose={(w) => setParams({ whose: w === 'me' ? null : w })}
        onNavigate={(v, d) => setParams({ view: v === 'week' ? null : v, date: d ? toIsoDate(d) : null })}
      />
    </>
  )
}
