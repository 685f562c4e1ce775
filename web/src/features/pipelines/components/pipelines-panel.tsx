import { Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlus, IconStar } from '@tabler/icons-react'
import { useState } from 'react'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { describeError } from '@/lib/api/problem'
import { usePipelines, type Stage } from '@/lib/lookups/pipelines'
import { useUpdatePipeline } from '../api/save-pipeline'
import { NewPipelineModal } from './new-pipeline-modal'
import { StageModal } from './stage-modal'
import { StagesTable } from './stages-table'

interface PipelinesPanelProps {
  selectedId: string | undefined
  onSelect: (id: string) => void
}

export function PipelinesPanel({ selectedId, onSelect }: PipelinesPanelProps) {
  const pipelines = usePipelines()
  const update = useUpdatePipeline()
  const [editing, setEditing] = useState<Stage | 'new' | null>(null)
  const [creating, setCreating] = useState(false)
  const list = pipelines.data ?? []
  const pipeline = list.find((p) => p.id === selectedId) ?? list.find((p) => p.is_default) ?? list[0]
  return (
    <>
      <PageHeader
        title="Pipelines & stages"
        description="Stages in order, their default probability and the details a deal must bring into each."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            New pipeline
          </Button>
        }
      />
      {pipelines.isPending ? (
        <LoadingState />
      ) : pipelines.isError ? (
        <ErrorState error={pipelines.error} onRetry={() => void pipelines.refetch()} />
      ) : !pipeline ? (
        <EmptyState title="No pipelines yet" />
      ) : (
        <Stack>
          {list.length > 1 ? (
            <SegmentedControl value={pipeline.id} onChange={onSelect} data={list.map((p) => ({ value: p.id, label: p.name }))} aria-label="Pipeline" />
          ) : null}
          <Card p={0}>
            <Group justify="space-between" p="md">
              <div>
                <Group gap="xs">
                  <Title order={4}>{pipeline.name}</Title>
                  {pipeline.is_default ? <Badge leftSection={<IconStar size={12} />}>Default</Badge> : null}
                </Group>
                {pipeline.description ? (
                  <Text size="sm" c="dimmed">
                    {pipeline.description}
                  </Text>
                ) : null}
              </div>
              <Group gap="xs">
                {!pipeline.is_default ? (
                  <Button
                    variant="default"
                    loading={update.isPending}
                    onClick={() =>
                      update.mutate(
                        { pipeline, body: { is_default: true } },
                        { onError: (e) => notifications.show({ color: 'red', message: describeError(e) }) },
                      )
                    }
                  >
                    Make default
                  </Button>
                ) : null}
                <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
                  Add stage
                </Button>
              </Group>
            </Group>
            <StagesTable pipeline={pipeline} onEdit={setEditing} />
          </Card>
        </Stack>
      )}
      {editing && pipeline ? (
        <StageModal pipelineId={pipeline.id} stage={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      ) : null}
      {creating ? (
        <NewPipelineModal
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false)
            onSelect(id)
          }}
        />
      ) : null}
    </>
  )
}
