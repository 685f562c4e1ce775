import { SegmentedControl } from '@mantine/core'
import { PageHeader } from '@/components/ui/page-header'
import { ActivityList } from '@/features/activities/components/activity-list'
import { ACTIVITY_FILTER_KEYS } from '@/features/activities/components/activity-list-spec'
import { Agenda } from '@/features/activities/components/agenda'
import { parseWhose } from '@/features/activities/components/agenda-owner'
import { parseDay, type AgendaView } from '@/features/activities/components/agenda-range'
import { useCan } from '@/lib/auth/session'
import { toIsoDate } from '@/lib/format'
import { useUrlFilters } from '@/lib/url-state'

const KEYS = ['view', 'date', 'whose', ...ACTIVITY_FILTER_KEYS] as const

export function Component() {
  const [{ view: viewParam, date, whose: whoseParam, ...filters }, setParams] = useUrlFilters(KEYS)
  const list = viewParam === 'list'
  const view: AgendaView = viewParam === 'day' ? 'day' : 'week'
  const whose = parseWhose(whoseParam)
  const canAssign = useCan('leads:assign')
  return (
    <>
      <PageHeader
        title={list ? 'Activities' : whose === 'me' ? 'My agenda' : 'Agenda'}
        description={list ? 'Every call, meeting, appointment and task you may see.' : 'Calls, meetings, appointments and tasks, with reminders.'}
        actions={
          <SegmentedControl
            value={list ? 'list' : 'agenda'}
            onChange={(v) => setParams({ view: v === 'list' ? 'list' : null, date: null })}
            data={[
              { value: 'agenda', label: 'Agenda' },
              { value: 'list', label: 'List' },
            ]}
            aria-label="Show activities as"
          />
        }
      />
      {list ? (
        <ActivityList filters={filters} onChange={setParams} />
      ) : (
        <Agenda
          view={view}
          day={parseDay(date)}
          canAssign={canAssign}
          whose={whose}
          onWhose={(w) => setParams({ whose: w === 'me' ? null : w })}
          onNavigate={(v, d) => setParams({ view: v === 'week' ? null : v, date: d ? toIsoDate(d) : null })}
        />
      )}
    </>
  )
}
