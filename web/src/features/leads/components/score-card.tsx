import { Card, Group, RingProgress, Stack, Table, Text, Title } from '@mantine/core'
import type { Lead } from '../api/get-leads'
import { scoreColor } from './lead-options'
import { describeScoreFactor } from './score-factors'

/** The score with the factors that raised or lowered it. */
export function ScoreCard({ lead }: { lead: Lead }) {
  const factors = [...lead.score_factors].sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
  return (
    <Card>
      <Group justify="space-between" align="center" mb="sm" wrap="nowrap">
        <Stack gap={0}>
          <Title order={4}>Lead score</Title>
          <Text size="xs" c="dimmed">
            From the scoring rules: source, value, industry, completeness, recent activity.
          </Text>
        </Stack>
        <RingProgress
          size={76}
          thickness={8}
          roundCaps
          sections={[{ value: lead.score, color: scoreColor(lead.score) }]}
          label={
            <Text ta="center" fw={700} size="lg" aria-label={`Score ${lead.score} of 100`}>
              {lead.score}
            </Text>
          }
        />
      </Group>
      {factors.length === 0 ? (
        <Text size="sm" c="dimmed">
          No rule applies to this lead yet.
        </Text>
      ) : (
        <Table fz="sm" aria-label="Score factors">
          <Table.Tbody>
            {factors.map((f, i) => (
              <Table.Tr key={`${f.factor}-${i}`}>
                <Table.Td>{describeScoreFactor(f, lead)}</Table.Td>
                <Table.Td ta="right" fw={700} c={f.points >= 0 ? 'green.7' : 'red.7'} w={60}>
                  {f.points > 0 ? `+${f.points}` : f.points}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  )
}
