import { Text } from '@mantine/core'
import type { ReactNode } from 'react'

/** One fact of a record: its label small above, its value below. */
export function Fact({
  label,
  mono = false,
  children,
}: {
  label: string
  mono?: boolean
  children: ReactNode
}) {
  return (
    <div>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="div" fz="sm" ff={mono ? 'monospace' : undefined} fw={mono ? 600 : undefined}>
        {children}
      </Text>
    </div>
  )
}
