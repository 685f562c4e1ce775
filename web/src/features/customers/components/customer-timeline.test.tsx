import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, renderWithApp } from '@/test/render'
import { CustomerTimeline } from './customer-timeline'
import { TIMELINE_KINDS, type TimelineKind } from './timeline-kinds'

afterEach(() => vi.restoreAllMocks())

describe('CustomerTimeline', () => {
  it('draws each kind of event with its own picture and name', async () => {
    const kinds = Object.keys(TIMELINE_KINDS) as TimelineKind[]
    const items = kinds.map((kind, i) => ({
      id: `t${i}`,
      occurred_at: '2026-11-29T08:35:00Z',
      kind,
      title: `Event ${i}`,
      subject_type: 'customers',
      subject_id: 'c1',
      actor_label: 'Asha',
      data: {},
    }))
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(json({ items, next_cursor: null }))
    renderWithApp(<CustomerTimeline customerId="c1" />)
    expect(await screen.findByText('Event 0')).toBeInTheDocument()
    for (const kind of kinds) expect(screen.getByRole('img', { name: TIMELINE_KINDS[kind].label })).toBeInTheDocument()
    expect(new Set(kinds.map((k) => TIMELINE_KINDS[k].label)).size).toBe(kinds.length)
  })
})
