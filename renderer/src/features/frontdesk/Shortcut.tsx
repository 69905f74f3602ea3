import { Group, Kbd, Text } from '@mantine/core'

/** A keyboard shortcut and what it does: each key shown is an alternative (`/` or `F2`); a combination is one key, `Alt+N`. */
export function Shortcut({ keys, label }: { keys: readonly string[]; label: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      {keys.map((key, index) => (
        <Kbd key={`${key}-${index}`} size="xs">
          {key}
        </Kbd>
      ))}
      <Text component="span" fz="xs" c="dimmed" ml={2}>
        {label}
      </Text>
    </Group>
  )
}

/** A row of shortcut hints under a field or a panel. */
export function Shortcuts({ items }: { items: readonly { keys: readonly string[]; label: string }[] }) {
  return (
    <Group gap="lg" wrap="wrap">
      {items.map((item) => (
        <Shortcut key={item.keys.join('+') + item.label} keys={item.keys} label={item.label} />
      ))}
    </Group>
  )
}
