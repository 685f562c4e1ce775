import { Button, Group, Stack } from '@mantine/core'
import { IconList } from '@tabler/icons-react'
import { Link } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useBoard } from '@/features/opportunities/api/get-board'
import { BoardFilters } from '@/features/opportunities/components/board-filters'
import { BoardSummary } from '@/features/opportunities/components/board-summary'
import { PipelineBoard } from '@/features/opportunities/components/pipeline-board'
import { usePipelines } from '@/lib/lookups/pipelines'
import { usePeople } from '@/lib/lookups/users'
import { compact, useUrlFilters } from '@/lib/url-state'

const KEYS = ['pipeline_id', 'owner_id', 'territory_id'] as const

export function Component() {
  const [filters, setFilters] = useUrlFilters(KEYS)
  const board = useBoard(filters)
  const pipelines = usePipelines()
  const people = usePeople()
  const filterQuery = new URLSearchParams(compact(filters) as Record<string, string>).toString()
  return (
    <>
      <PageHeader
        title={board.data ? board.data.pipeline_name : 'Pipeline'}
        description="Drag a deal to another stage; stages that need details (PO number, advance, sign-off) ask for them."
        actions={
          <Button variant="default" component={Link} to={`/opportunities?${filterQuery}`} leftSection={<IconList size={16} />}>
            List view
          </Button>
        }
      />
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <BoardFilters filters={filters} pipelines={pipelines.data ?? []} onChange={setFilters} />
          {board.data ? <BoardSummary board={board.data} /> : null}
        </Group>
        {board.isPending ? (
          <LoadingState label="Loading the board…" />
        ) : board.isError ? (
          <ErrorState error={board.error} onRetry={() => void board.refetch()} />
        ) : board.data.columns.length === 0 ? (
          <EmptyState title="This pipeline has no stages" />
        ) : (
          <PipelineBoard board={board.data} people={people.data} filterQuery={filterQuery} />
        )}
      </Stack>
    </>
  )
}
