import { Button, Group, Kbd } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useLookupDialog } from './lookup-dialog'

/**
 * The header's way into the complaint lookup, showing its shortcut (F4). Below a wide screen only
 * its icon and key show, tightly: at 1024 px (and 125 % zoom) the office's long name needs the room.
 */
export function LookupButton() {
  const { t } = useTranslation()
  const open = useLookupDialog((s) => s.open)
  const label = t('complaints.lookup.open')
  const key = <Kbd size="xs">{t('complaints.lookup.shortcut')}</Kbd>
  return (
    <>
      <Button
        visibleFrom="lg"
        variant="default"
        size="sm"
        leftSection={<IconSearch size={16} />}
        rightSection={key}
        onClick={open}
      >
        {label}
      </Button>
      <Button
        hiddenFrom="lg"
        variant="default"
        size="sm"
        px={8}
        onClick={open}
        aria-label={label}
        title={label}
      >
        <Group gap={4} wrap="nowrap">
          <IconSearch size={16} aria-hidden />
          {key}
        </Group>
      </Button>
    </>
  )
}
