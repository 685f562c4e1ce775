import { Alert, Anchor, Box, Card, Group, Stack, Text } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useMemo, type ReactNode } from 'react'
import { Link } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { ApiError } from '@/lib/api/problem'
import { humanize } from '@/lib/format'
import { useUrlFilters } from '@/lib/url-state'
import { useReport, type ReportData, type ReportPath } from '../api/report-api'
import { ReportDownloads } from './report-downloads'
import { ReportFilters, type FilterField, type ReportFilterValues } from './report-filters'

/** What makes one report: where it is, what it is filtered by, and how its answer is drawn. */
export interface ReportDefinition<P extends ReportPath = ReportPath> {
  path: P
  title: string
  description: string
  /** The downloads' file name (the API's Content-Disposition wins). */
  file: string
  filters: readonly FilterField[]
  /** False for a report the API answers only as JSON. */
  downloads?: boolean
  isEmpty: (data: ReportData<P>) => boolean
  empty: { title: string; description?: string }
  render: (data: ReportData<P>, filters: ReportFilterValues) => ReactNode
  footnote?: ReactNode
}

/**
 * A failed report: a filter the API refused (a window too long, `to` before `from`) is
 * named with the API's reason, since no field of a filters bar highlights itself; any
 * other failure is the app's error state with a retry.
 */
function ReportError({ error, fields, onRetry }: { error: unknown; fields: readonly FilterField[]; onRetry: () => void }) {
  const refused = error instanceof ApiError && error.status === 422 ? Object.entries(error.fieldErrors('query')) : []
  if (refused.length === 0) return <ErrorState error={error} onRetry={onRetry} />
  const label = (key: string) => fields.find((f) => f.key === key)?.label ?? humanize(key)
  return (
    <Alert color="orange" variant="light" title="The report cannot be drawn for these filters" role="alert" mb="md">
      {refused.map(([key, message]) => (
        <Text size="sm" key={key}>
          {label(key)}: {message}
        </Text>
      ))}
    </Alert>
  )
}

/**
 * The frame every report shares: its title and downloads, its filters bound to the URL,
 * and the loading, error and empty states around what the definition draws.
 */
export function ReportPage<P extends ReportPath>({ definition, canPickPeople }: { definition: ReportDefinition<P>; canPickPeople: boolean }) {
  const keys = useMemo(() => definition.filters.map((f) => f.key), [definition])
  const [filters, setFilters] = useUrlFilters(keys)
  // An engineer's report is their own: a team or seller left in a shared URL is not sent.
  const sent = useMemo(() => {
    const people = new Set(definition.filters.filter((f) => 'people' in f).map((f) => f.key))
    return Object.fromEntries(Object.entries(filters).filter(([k]) => canPickPeople || !people.has(k))) as ReportFilterValues
  }, [filters, definition, canPickPeople])
  const query = useReport(definition.path, sent)
  const data = query.data
  return (
    <>
      <Anchor component={Link} to="/reports" size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={14} /> Reports
      </Anchor>
      <PageHeader
        title={definition.title}
        description={definition.description}
        actions={definition.downloads === false ? undefined : <ReportDownloads path={definition.path} query={sent} name={definition.file} />}
      />
      <ReportFilters fields={definition.filters} values={filters} onChange={setFilters} canPickPeople={canPickPeople} />
      {query.isPending ? (
        <LoadingState label="Loading the report…" />
      ) : query.isError && !data ? (
        <ReportError error={query.error} fields={definition.filters} onRetry={() => void query.refetch()} />
      ) : (
        <Box aria-busy={query.isFetching} style={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: 'opacity 150ms' }}>
          {query.isError ? <ReportError error={query.error} fields={definition.filters} onRetry={() => void query.refetch()} /> : null}
          {definition.isEmpty(data!) ? (
            <Card>
              <EmptyState title={definition.empty.title} description={definition.empty.description ?? 'Widen the dates or clear a filter.'} />
            </Card>
          ) : (
            <Stack gap="lg">{definition.render(data!, sent)}</Stack>
          )}
          {definition.footnote ? (
            <Group mt="md">
              <Text size="xs" c="dimmed">
                {definition.footnote}
              </Text>
            </Group>
          ) : null}
        </Box>
      )}
    </>
  )
}

/** A titled card of a report: a chart, a table, figures. */
export function ReportSection({ title, description, children, flush = false }: { title: string; description?: ReactNode; children: ReactNode; flush?: boolean }) {
  return (
    <Card component="section" aria-label={title} p={flush ? 0 : undefined}>
      <Box px={flush ? 'md' : 0} pt={flush ? 'md' : 0}>
        <Text fw={600}>{title}</Text>
        {description ? (
          <Text size="xs" c="dimmed">
            {description}
          </Text>
        ) : null}
      </Box>
      {children}
    </Card>
  )
}
