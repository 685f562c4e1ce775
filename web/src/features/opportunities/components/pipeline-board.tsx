import { DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core'
import { Group, ScrollArea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMemo, useState } from 'react'
import { useIntentKey } from '@/lib/api/intent-key'
import { describeError } from '@/lib/api/problem'
import { personName, type User } from '@/lib/lookups/users'
import type { Stage } from '@/lib/lookups/pipelines'
import type { Board, Opportunity } from '../api/get-board'
import { useMoveOpportunity, type StageMove } from '../api/move-opportunity'
import { BoardColumn } from './board-column'
import { MoveDialog } from './move-dialog'
import { createDragEndHandler, planMove, type MovePlan } from './move-plan'
import { OpportunityCard } from './opportunity-card'

interface PipelineBoardProps {
  board: Board
  people?: User[]
  /** Query string of the board's filters, carried into "see all" list links. */
  filterQuery: string
}

type DetailsPlan = Extract<MovePlan, { kind: 'details' }>

/** The kanban: drag a card (or use its menu) to move the deal; stages that need details ask for them. */
export function PipelineBoard({ board, people, filterQuery }: PipelineBoardProps) {
  const move = useMoveOpportunity()
  // A move retried (same deal, same version, same stage and details) is replayed, never applied twice.
  const intent = useIntentKey()
  const [asking, setAsking] = useState<DetailsPlan | null>(null)
  const [pendingId, setPendingId] = useState<string | null>(null)
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor))
  const stages = useMemo(() => board.columns.map((c) => c.stage), [board])
  const cards = useMemo(() => board.columns.flatMap((c) => c.cards), [board])

  const submitMove = async (opportunity: Opportunity, body: StageMove) => {
    setPendingId(opportunity.id)
    try {
      await intent.send([opportunity.id, opportunity.version, body], (key) =>
        move.mutateAsync({ opportunityId: opportunity.id, body, key }),
      )
      const stage = stages.find((s) => s.id === body.stage_id)
      notifications.show({ color: 'green', message: `${opportunity.title} moved to ${stage?.name ?? 'the new stage'}` })
    } finally {
      setPendingId(null)
    }
  }

  const moveDirect = (opportunity: Opportunity, stage: Stage) =>
    submitMove(opportunity, { stage_id: stage.id, details: {} }).catch((e: unknown) =>
      notifications.show({ color: 'red', title: `Could not move ${opportunity.title}`, message: describeError(e) }),
    )

  const handleDragEnd = createDragEndHandler({
    findCard: (id) => cards.find((c) => c.id === id),
    findStage: (id) => stages.find((s) => s.id === id),
    stages,
    onMove: (o, s) => void moveDirect(o, s),
    onAskDetails: setAsking,
  })

  const moveTo = (opportunity: Opportunity, stage: Stage) => {
    const plan = planMove(opportunity, stage, stages)
    if (plan.kind === 'direct') void moveDirect(opportunity, stage)
    else if (plan.kind === 'details') setAsking(plan)
  }

  return (
    <>
      <DndContext sensors={sensors} onDragEnd={handleDragEnd} accessibility={{ screenReaderInstructions: { draggable: 'Press space to pick up a deal, arrow keys to move it to another stage, space again to drop it.' } }}>
        <ScrollArea type="auto" offsetScrollbars scrollbarSize={10}>
          <Group align="stretch" gap="sm" wrap="nowrap" pb="sm">
            {board.columns.map((column) => (
              <BoardColumn
                key={column.stage.id}
                column={column}
                moreHref={`/opportunities?${new URLSearchParams([...new URLSearchParams(filterQuery), ['stage_id', column.stage.id]]).toString()}`}
              >
                {column.cards.map((o) => (
                  <OpportunityCard
                    key={o.id}
                    opportunity={o}
                    stages={stages}
                    ownerName={personName(people, o.owner_id)}
                    pending={pendingId === o.id}
                    onMoveTo={moveTo}
                  />
                ))}
              </BoardColumn>
            ))}
          </Group>
        </ScrollArea>
      </DndContext>
      {asking ? (
        <MoveDialog
          opportunity={asking.opportunity}
          stage={asking.stage}
          fields={asking.fields}
          passing={asking.passing}
          skipping={asking.skipping}
          onSubmit={(body) => submitMove(asking.opportunity, body)}
          onClose={() => setAsking(null)}
        />
      ) : null}
    </>
  )
}
