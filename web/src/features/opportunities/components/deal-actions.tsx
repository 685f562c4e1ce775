import { Button } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import type { Pipeline } from '@/lib/lookups/pipelines'
import type { Opportunity } from '../api/get-board'
import { ReopenButton } from './reopen-button'
import { StageMoveMenu } from './stage-move-menu'

/**
 * The deal page's actions: an open deal is edited and moved; a won or lost deal
 * refuses both (409), so it offers "Reopen" instead.
 */
export function DealActions({ opportunity, pipeline, onEdit }: { opportunity: Opportunity; pipeline?: Pipeline; onEdit: () => void }) {
  if (opportunity.status !== 'open') return <ReopenButton opportunity={opportunity} pipeline={pipeline} />
  return (
    <>
      <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onEdit}>
        Edit
      </Button>
      <StageMoveMenu opportunity={opportunity} pipeline={pipeline} />
    </>
  )
}
