import { Box, Button, Kbd } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useLookupDialog } from './lookup-dialog'

/**
 * The header's way into the complaint lookup, showing its shortcut (F4). Below a wide screen only
 * its icon and key show: at 1024 px the office's long name needs the room.
 */
export function LookupButton() {
  const { t } = useTranslation()
  const open = useLookupDialog((s) => s.open)
  return (
    <Button
      variant="default"
      size="sm"
      leftSection={<IconSearch size={16} />}
      rightSection={<Kbd size="xs">{t('complaints.lookup.shortcut')}</Kbd>}
      onClick={open}
      aria-label={t('complaints.lookup.open')}
      title={t('complaints.lookup.open')}
    >
      <Box component="span" visibleFrom="lg">
        {t('complaints.lookup.open')}
      </Box>
    </Button>
  )
}
