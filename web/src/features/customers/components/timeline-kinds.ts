import {
  IconArchive,
  IconArchiveOff,
  IconArrowsExchange,
  IconBuildingStore,
  IconCalendarCheck,
  IconCalendarEvent,
  IconCalendarX,
  IconLayoutKanban,
  IconPencil,
  IconRotateClockwise2,
  IconStairsUp,
  IconThumbDown,
  IconTrophy,
  IconUserEdit,
  IconUserMinus,
  IconUserPlus,
  type Icon,
} from '@tabler/icons-react'
import type { Schema } from '@/lib/api/types'

export type TimelineKind = Schema<'TimelineKind'>

/** Every kind the API sends has its picture: a new kind fails the type check until it gets one. */
export const TIMELINE_KINDS: Record<TimelineKind, { icon: Icon; color: string; label: string }> = {
  'customer.created': { icon: IconBuildingStore, color: 'green', label: 'Customer created' },
  'customer.updated': { icon: IconPencil, color: 'blue', label: 'Customer updated' },
  'customer.archived': { icon: IconArchive, color: 'gray', label: 'Customer archived' },
  'customer.unarchived': { icon: IconArchiveOff, color: 'teal', label: 'Customer restored' },
  'contact.created': { icon: IconUserPlus, color: 'green', label: 'Contact added' },
  'contact.updated': { icon: IconUserEdit, color: 'blue', label: 'Contact updated' },
  'contact.archived': { icon: IconUserMinus, color: 'gray', label: 'Contact removed' },
  'lead.converted': { icon: IconArrowsExchange, color: 'violet', label: 'Lead converted' },
  'opportunity.created': { icon: IconLayoutKanban, color: 'blue', label: 'Deal opened' },
  'opportunity.updated': { icon: IconPencil, color: 'blue', label: 'Deal updated' },
  'opportunity.stage_changed': { icon: IconStairsUp, color: 'indigo', label: 'Deal moved' },
  'opportunity.won': { icon: IconTrophy, color: 'green', label: 'Deal won' },
  'opportunity.lost': { icon: IconThumbDown, color: 'red', label: 'Deal lost' },
  'opportunity.reopened': { icon: IconRotateClockwise2, color: 'orange', label: 'Deal reopened' },
  'activity.planned': { icon: IconCalendarEvent, color: 'cyan', label: 'Activity planned' },
  'activity.completed': { icon: IconCalendarCheck, color: 'green', label: 'Activity done' },
  'activity.cancelled': { icon: IconCalendarX, color: 'gray', label: 'Activity cancelled' },
}
