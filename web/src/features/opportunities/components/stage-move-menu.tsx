import { Button, Menu } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArrowsRightLeft } from '@tabler/icons-react'
import { useState } from 'react'
import { useIntentKey } from '@/lib/api/intent-key'
import { describeError } from '@/lib/api/problem'
import type { Pipeline } from '@/lib/lookups/pipelines'
import type { Opportunity } from '../api/get-board'
import { useMoveOpportunity, type StageMove } from '../api/move-opportunity'
import { MoveDialog } from './move-dialog'
import { planMove, type MovePlan } from './move-plan'

/** "Move to stage" on the deal's page: the same rules as dragging on the board. */
export function StageMoveMenu({ opportunity, pipeline }: { opportunity: Opportunity; pipeline?: Pipeline }) {
  const move = useMoveOpportunity()
  const intent = useIntentKey()
  const send = (body: StageMove) =>
    intent.send([opportunity.id, opportunity.version, body], (key) => move.mutateAsync({ opportunityId: opportunity.id, body, key }))
  const [asking, setAsking] = useState<Extract<MovePlan, { kind: 'details' }> | null>(null)
  const stages = pipeline?.stages.filter((s) => s.id !== opportunity.stage_id) ?? []
  const choose = (stageId: string) => {
    const stage = stages.find((s) => s.id === stageId)
    if (!stage) return
    const plan = planMove(opportunity, stage, pipeline?.stages ?? [])
    if (plan.kind === 'details') setAsking(plan)
    else if (plan.kind === 'direct')
      send({ stage_id: stage.id, details: {} }).then(
        () => notifications.show({ color: 'green', message: `Moved to ${stage.name}` }),
        (e: unknown) => notifications.show({ color: 'red', message: describeError(e) }),
      )
  }
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button leftSection={<IconArrowsRightLeft size={16} />} loading={move.isPending} disabled={stages.length === 0}>
            Move to stage
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {stages.map((s) => (
            <Menu.Item key={s.id} onClick={() => choose(s.id)} color={s.kind === 'lost' ? 'red' : s.kind === 'won' ? 'green' : undefined}>
              {s.name}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {asking ? (
        <MoveDialog
          opportunity={asking.opportunity}
          stage={asking.stage}
          fields={asking.fields}
          passing={asking.passing}
          skipping={asking.skipping}
          onSubmit={send}
          onClose={() => setAsking(null)}
        />
      ) : null}
    </>
  )
}
