import { Anchor, Card, Group, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link } from 'react-router'

interface DashboardCardProps {
  title: string
  /** The list the card's figures come from. */
  to: string
  linkLabel: string
  children: ReactNode
  description?: ReactNode
}

/** A dashboard card: its title, a link to the list behind it, its figures. */
export function DashboardCard({ title, to, linkLabel, children, description }: DashboardCardProps) {
  return (
    <Card h="100%" component="section" aria-label={title}>
      <Group justify="space-between" mb={description ? 2 : 'sm'} wrap="nowrap" align="flex-start">
        <Title order={4}>{title}</Title>
        <Anchor component={Link} to={to} size="sm" style={{ whiteSpace: 'nowrap' }}>
          {linkLabel}
        </Anchor>
      </Group>
      {description ? (
        <Text size="xs" c="dimmed" mb="sm">
          {description}
        </Text>
      ) : null}
      {children}
    </Card>
  )
}

/** A figure with its label, and a line under it (the previous period, a share). */
export function Figure({ label, value, hint, color }: { label: string; value: ReactNode; hint?: ReactNode; color?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="lg" c={color} data-testid={`figure-${label}`}>
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed" component="div">
          {hint}
        </Text>
      ) : null}
    </div>
  )
}
