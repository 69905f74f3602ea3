import { Button, Group, Paper, Stack, ThemeIcon, Title } from '@mantine/core'
import { IconArrowRight, IconCircleCheck, IconExternalLink } from '@tabler/icons-react'
import type { ReactNode } from 'react'

/**
 * A "done" panel (a visit started, a late entry saved): a status region labelled by its heading,
 * what was recorded, then "open the visit" and "next" (which has the focus, so Enter moves on),
 * and anything after the buttons (`after`: the shortcuts).
 */
export function SuccessPanel({
  titleId,
  title,
  openLabel,
  nextLabel,
  onOpen,
  onNext,
  gap = 'md',
  after,
  children,
}: {
  titleId: string
  title: ReactNode
  openLabel: string
  nextLabel: string
  onOpen: () => void
  onNext: () => void
  gap?: 'md' | 'lg'
  after?: ReactNode
  children: ReactNode
}) {
  return (
    <Paper withBorder radius="md" p="xl" maw={720} role="status" aria-labelledby={titleId}>
      <Stack gap={gap} align="center">
        <Group gap="xs">
          <ThemeIcon color="teal" variant="light" radius="xl" size="lg">
            <IconCircleCheck size={22} />
          </ThemeIcon>
          <Title order={2} fz="lg" id={titleId}>
            {title}
          </Title>
        </Group>
        {children}
        <Group gap="md" mt={gap === 'md' ? 'sm' : undefined}>
          <Button variant="default" leftSection={<IconExternalLink size={18} />} onClick={onOpen}>
            {openLabel}
          </Button>
          <Button autoFocus rightSection={<IconArrowRight size={18} />} onClick={onNext}>
            {nextLabel}
          </Button>
        </Group>
        {after}
      </Stack>
    </Paper>
  )
}
