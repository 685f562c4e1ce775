import { Card, Text, Timeline, Title } from '@mantine/core'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { formatDate, formatDateTime, formatDuration, formatMoney } from '@/lib/format'
import { describeDetail, findStage, type Pipeline } from '@/lib/lookups/pipelines'
import { useStageHistory, type StageHistory as StageHistoryRow } from '../api/get-opportunity'

/** Who moved the deal: the API names the person; the recorded label only for the system or an API key. */
export function moverName(h: Pick<StageHistoryRow, 'moved_by_name' | 'moved_by_label'>): string {
  return h.moved_by_name ?? h.moved_by_label
}

/** Every stage the deal went through: when, by whom, how long it stayed before; jumps, skips and reopens said so. */
export function StageHistory({ opportunityId, pipelines }: { opportunityId: string; pipelines?: Pipeline[] }) {
  const history = useStageHistory(opportunityId)
  const name = (id: string | null) => (id ? (findStage(pipelines, id)?.name ?? 'Unknown stage') : 'Created')
  const names = (ids: string[]) => ids.map(name).join(', ')
  const title = (h: StageHistoryRow) =>
    h.kind === 'reopened'
      ? `Reopened: ${name(h.from_stage_id)} → ${name(h.to_stage_id)}`
      : h.from_stage_id
        ? `${name(h.from_stage_id)} → ${name(h.to_stage_id)}`
        : `Opened in ${name(h.to_stage_id)}`
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
            <Timeline.Item key={h.id} color={h.kind === 'reopened' ? 'orange' : undefined} title={<Text size="sm" fw={600}>{title(h)}</Text>}>
              <Text size="xs" c="dimmed">
                {formatDateTime(h.moved_at)} · {moverName(h)} · {h.probability}%
              </Text>
              {h.seconds_in_previous_stage !== null ? (
                <Text size="xs" c="dimmed">
                  {formatDuration(h.seconds_in_previous_stage)} in {name(h.from_stage_id)}
                </Text>
              ) : null}
              {h.reason ? <Text size="xs">Reason: {h.reason}</Text> : null}
              {h.passed_stage_ids.length > 0 ? <Text size="xs">Passed through {names(h.passed_stage_ids)}</Text> : null}
              {h.skipped_stage_ids.length > 0 ? (
                <Text size="xs" c="dimmed">
                  Skipped {names(h.skipped_stage_ids)}
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
