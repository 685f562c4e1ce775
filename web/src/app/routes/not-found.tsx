import { Button, Stack, Text, Title } from '@mantine/core'
import { Link } from 'react-router'

export function NotFoundRoute() {
  return (
    <Stack align="center" py={80} gap="sm">
      <Title order={2}>Page not found</Title>
      <Text c="dimmed">The address may be mistyped, or the page has moved.</Text>
      <Button component={Link} to="/">
        Go to the home page
      </Button>
    </Stack>
  )
}
