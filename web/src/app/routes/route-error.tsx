import { Button, Stack, Text, Title } from '@mantine/core'
import { isRouteErrorResponse, useRouteError } from 'react-router'

/** Shown when a page fails to load or render (e.g. a new release replaced its code). */
export function RouteErrorBoundary() {
  const error = useRouteError()
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error'
  return (
    <Stack align="center" py={80} gap="sm" role="alert">
      <Title order={2}>This page could not be shown</Title>
      <Text c="dimmed" maw={480} ta="center">
        {message}
      </Text>
      <Button onClick={() => window.location.reload()}>Reload the page</Button>
    </Stack>
  )
}
