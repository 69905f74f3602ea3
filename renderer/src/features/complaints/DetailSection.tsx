import { Card, Stack, Title } from '@mantine/core'
import type { ReactNode } from 'react'

/**
 * One section of a complaint's screen: a card with its heading, named by that heading for screen
 * readers (`aria-labelledby`). `id` must be unique on the screen.
 */
export function DetailSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} fz="lg" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  )
}
