import { Button, Flex, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useEffect, useEffectEvent, useId, useState } from 'react'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { REVEALED, useReveal } from '@/components/ui/reveal'
import { ApiError } from '@/lib/api/problem'
import { defaultChoice, resolvedBody, threeWayMerge, type Choice, type MergedField, type Values } from '@/lib/three-way-merge'
import { ConflictChoice } from './conflict-choice'
import { showValue, type Conflict, type ConflictField, type ConflictSetup } from './conflict-types'

type Round =
  | { status: 'loading'; conflict: Conflict }
  | { status: 'failed'; conflict: Conflict; error: unknown }
  | { status: 'ready'; conflict: Conflict; theirs: Values; etag: string; fields: MergedField[] }

interface ConflictResolverProps<F> {
  setup: ConflictSetup<F>
  conflict: Conflict
  /** Drop the user's changes and start the form over from the stored version. */
  onStartOver?: () => void
}

/**
 * Shown when an edit hit a 412: for each field the user changed, their value
 * beside the one stored now, and a choice between them. Fields only the other
 * person changed keep their value and are listed. "Save" sends only the
 * values the user keeps, with the stored version's ETag; another 412 starts
 * another round from what was just fetched.
 */
export function ConflictResolver<F>({ setup, conflict, onStartOver }: ConflictResolverProps<F>) {
  const titleId = useId()
  const [round, setRound] = useState<Round>({ status: 'loading', conflict })
  const [choices, setChoices] = useState<Record<string, Choice | null>>({})
  const [missing, setMissing] = useState<string[]>([])
  const [saving, setSaving] = useState(false)
  const [saveError, setSaveError] = useState<unknown>(null)
  const [changedAgain, setChangedAgain] = useState(false)
  const ref = useReveal<HTMLElement>(round.status === 'loading' ? round.conflict : round)
  const declared = setup.fields
  const load = (next: Conflict) => {
    setRound({ status: 'loading', conflict: next })
    setup.latest().then(
      ({ values, etag }) => {
        const fields = threeWayMerge(declared.map((f) => f.key), next.base, next.mine, values)
        setChoices(Object.fromEntries(fields.map((f) => [f.key, defaultChoice(f.kind)])))
        setMissing([])
        setRound({ status: 'ready', conflict: next, theirs: values, etag, fields })
      },
      (error: unknown) => setRound({ status: 'failed', conflict: next, error }),
    )
  }
  // Forms build their setup on each render: a round starts when a conflict does, not when the setup changes.
  const startRound = useEffectEvent((next: Conflict) => load(next))
  useEffect(() => startRound(conflict), [conflict])

  const title = (
    <Group gap="xs" wrap="nowrap">
      <IconAlertTriangle size={20} color="var(--mantine-color-orange-6)" aria-hidden />
      <Title order={4} id={titleId}>
        Someone else changed this record
      </Title>
    </Group>
  )
  const frame = (children: React.ReactNode) => (
    <Paper ref={ref} {...REVEALED} component="section" aria-labelledby={titleId} withBorder p="md" radius="md" style={{ ...REVEALED.style, borderColor: 'var(--mantine-color-orange-5)', borderWidth: 2 }}>
      <Stack gap="md">
        {title}
        {children}
      </Stack>
    </Paper>
  )

  if (round.status === 'loading') {
    return frame(
      <Group gap="sm">
        <Loader size="sm" />
        <Text size="sm">Your changes were not saved yet. Fetching what they saved…</Text>
      </Group>,
    )
  }
  if (round.status === 'failed') {
    return frame(<ApiErrorAlert error={round.error} onReload={onStartOver} />)
  }

  const { fields, theirs, etag } = round
  const { base, mine } = round.conflict
  const byKey = new Map(declared.map((f) => [f.key, f]))
  const field = (key: string) => byKey.get(key) as ConflictField
  const toChoose = fields.filter((f) => f.kind === 'mine' || f.kind === 'conflict')
  const theirsOnly = fields.filter((f) => f.kind === 'theirs' || f.kind === 'same')

  const save = async () => {
    const unchosen = toChoose.filter((f) => !choices[f.key]).map((f) => f.key)
    setMissing(unchosen)
    if (unchosen.length) return
    const body = resolvedBody(fields, choices)
    setSaveError(null)
    if (Object.keys(body).length === 0) return setup.onSaved()
    setSaving(true)
    try {
      await setup.save(body, etag)
      setup.onSaved()
    } catch (e) {
      if (e instanceof ApiError && e.isConflict) {
        // Changed again while the user chose: compare what they just chose with the newest version.
        setChangedAgain(true)
        load({ base: theirs, mine: { ...theirs, ...body } })
      } else setSaveError(e)
    } finally {
      setSaving(false)
    }
  }

  return frame(
    <>
      <Text size="sm">
        {changedAgain
          ? 'It was changed again while you were choosing. Check the values below once more.'
          : 'They saved it after you opened it, so your changes are not saved yet.'}{' '}
        {toChoose.length ? 'For each field you changed, choose which value to keep.' : 'Nothing you changed differs from what they saved.'}
      </Text>
      {toChoose.map((f) => (
        <ConflictChoice
          key={f.key}
          field={field(f.key)}
          merged={f}
          mine={mine}
          theirs={theirs}
          base={base}
          choice={choices[f.key] ?? null}
          missing={missing.includes(f.key)}
          onChoose={(c) => {
            setChoices((old) => ({ ...old, [f.key]: c }))
            setMissing((old) => old.filter((k) => k !== f.key))
          }}
        />
      ))}
      {theirsOnly.length ? (
        <div>
          <Text size="sm" fw={600}>
            Also changed by them (kept as they saved it)
          </Text>
          <List size="sm" mt={4}>
            {theirsOnly.map((f) => (
              <List.Item key={f.key}>
                {field(f.key).label}: {showValue(field(f.key), f.theirs, theirs)}
                {f.kind === 'same' ? ' (the same as yours)' : ''}
              </List.Item>
            ))}
          </List>
        </div>
      ) : null}
      <ApiErrorAlert error={saveError} messages={saveError instanceof ApiError ? fieldMessages(saveError, byKey) : []} />
      {/* On a phone the buttons stack full width, the save on top. */}
      <Flex direction={{ base: 'column-reverse', sm: 'row' }} justify="flex-end" gap="sm">
        {onStartOver ? (
          <Button variant="default" onClick={onStartOver}>
            Discard my changes
          </Button>
        ) : null}
        <Button color="orange" loading={saving} onClick={() => void save()}>
          Save with these choices
        </Button>
      </Flex>
    </>,
  )
}

function fieldMessages(error: ApiError, byKey: Map<string, ConflictField>): string[] {
  return Object.entries(error.fieldErrors()).map(([path, msg]) => `${byKey.get(path.split('.')[0] ?? path)?.label ?? path}: ${msg}`)
}
