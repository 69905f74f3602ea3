import type { MantineSpacing, PaperProps, StyleProp } from '@mantine/core'
import { Group, Paper, Stack, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useId } from 'react'

/**
 * One section of a screen: a bordered card under its heading (an h2 that names the section, so a
 * screen reader lists it as a region). `aside` stands at the heading's right (a source, a button),
 * `under` right below it (badges); the content follows, `gap` apart.
 */
export function SectionCard({
  title,
  titleId,
  titleSize = 'lg',
  aside,
  under,
  gap = 'md',
  children,
  ...paper
}: {
  title: ReactNode
  /** The heading's id, where something else points at it; a generated one otherwise. */
  titleId?: string
  titleSize?: StyleProp<string | number>
  aside?: ReactNode
  under?: ReactNode
  gap?: MantineSpacing
  children: ReactNode
} & Omit<PaperProps, 'title' | 'children'>) {
  const generated = useId()
  const id = titleId ?? generated
  const heading = (
    <Title order={2} fz={titleSize} id={id}>
      {title}
    </Title>
  )
  const row = aside ? (
    <Group justify="space-between" align="center">
      {heading}
      {aside}
    </Group>
  ) : (
    heading
  )
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={id} {...paper}>
      <Stack gap={gap}>
        {under ? (
          <div>
            {row}
            {under}
          </div>
        ) : (
          row
        )}
        {children}
      </Stack>
    </Paper>
  )
}
