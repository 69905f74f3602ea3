import { Group, ThemeIcon, Title } from '@mantine/core'
import { IconCircleCheck } from '@tabler/icons-react'
import type { ReactNode } from 'react'

/** The heading of a "done" panel (a visit started, a late entry saved); its id labels the panel. */
export function SuccessHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Group gap="xs">
      <ThemeIcon color="teal" variant="light" radius="xl" size="lg">
        <IconCircleCheck size={22} />
      </ThemeIcon>
      <Title order={2} fz="lg" id={id}>
        {children}
      </Title>
    </Group>
  )
}
