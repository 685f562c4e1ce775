import { Alert, List, Text } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconCopy } from '@tabler/icons-react'
import { useState } from 'react'
import { duplicateInput, useDuplicateCheck, type DuplicateInput } from '../api/check-duplicates'
import type { DuplicateCandidate } from '../api/create-lead'
import { CandidateLine } from './duplicate-warning'

/** How long typing must pause before the details are checked. */
export const DUPLICATE_CHECK_DELAY_MS = 400

type Details = { email: string; phone: string; tax_id: string }

/**
 * Checks the lead's email, phone and GSTIN for twins while the user types:
 * once typing pauses (debounced), one request per pause; a newer pause
 * aborts the request still running for older input. `cancel()` drops a
 * pending check (the form is being saved: the save checks again).
 */
export function useLiveDuplicates() {
  const [input, setInput] = useState<DuplicateInput | null>(null)
  const schedule = useDebouncedCallback((values: Details) => {
    const next = duplicateInput(values)
    setInput((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next))
  }, DUPLICATE_CHECK_DELAY_MS)
  const check = useDuplicateCheck(input)
  const candidates: DuplicateCandidate[] = input && Array.isArray(check.data) ? check.data : []
  return { watch: schedule, cancel: schedule.cancel, candidates, checking: check.isFetching }
}

/** The twins found while typing: drawn by the fields, without taking the focus. */
export function LiveDuplicateNotice({ candidates }: { candidates: DuplicateCandidate[] }) {
  if (candidates.length === 0) return null
  return (
    <Alert color="yellow" variant="light" icon={<IconCopy size={18} />} title="Possible duplicate" aria-live="polite" mt="md">
      <List size="sm" spacing={2}>
        {candidates.map((c, i) => (
          <List.Item key={`${c.kind}-${c.id ?? i}-${c.match_field}`}>
            <CandidateLine c={c} />
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={4}>
        Open the existing record, or go on if this is a different party.
      </Text>
    </Alert>
  )
}
