import { Card, Text, Timeline, Title } from '@mantine/core'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { formatDate, formatDateTime, formatDuration, formatMoney } from '@/lib/format'
import { describeDetail, findStage, type Pipeline } from '@/lib/lookups/pipelines'
import { usePeople } from '@/lib/lookups/users'
import { useStageHistory } from '../api/get-opportunity'

/** Every stage the deal went through: when, by whom, how long it stayed before. */
export function StageHistory({ opportunityId, pipelines }: { opportunityId: string; pipelines?: Pipeline[] }) {
  const history = useStageHistory(opportunityId)
  // People by name; the API's label (an email) only for someone the caller cannot see.
  const people = usePeople()
  const mover = (id: string | null, label: string) => people.data?.find((u) => u.id === id)?.full_name ?? label
  const name = (id: string | null) => (id ? (findStage(pipelines, id)?.name ?? 'Unknown stage') : 'Created')
  return (
    <Card>
      <Title order={4} mb="md">
        Stage history
      </Title>
      {history.isPending ? (
        <LoadingState />
      ) : history.isError ? (
        <ErrorState error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <Timeline active={history.data.length} bulletSize={16} lineWidth={2}>
          {[...history.data].reverse().map((h) => (
            <Timeline.Item key={h.id} title={<Text size="sm" fw={600}>{h.from_stage_id ? `${name(h.from_stage_id)} → ${name(h.to_stage_id)}` : `Opened in ${name(h.to_stage_id)}`}</Text>}>
              <Text size="xs" c="dimmed">
                {formatDateTime(h.moved_at)} · {mover(h.moved_by_id, h.moved_by_label)} · {h.probability}%
              </Text>
              {h.seconds_in_previous_stage !== null ? (
                <Text size="xs" c="dimmed">
                  {formatDuration(h.seconds_in_previous_stage)} in {name(h.from_stage_id)}
                </Text>
              ) : null}
              {Object.entries(h.details).map(([k, v]) => {
                const d = describeDetail(pipelines, k, v, { date: formatDate, amount: (x) => formatMoney(x) })
                return (
                  <Text size="xs" key={k}>
                    {d.label}: {d.text}
                  </Text>
                )
              })}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Card>
  )
}
