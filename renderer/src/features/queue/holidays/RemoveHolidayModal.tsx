import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useHolidayDates } from './dates'
import type { HolidayRemoval } from './useHolidayRemoval'

/** "Remove this day off?": names the day; Cancel has the focus, so Enter does not remove by mistake. */
export function RemoveHolidayModal({ removal }: { removal: HolidayRemoval }) {
  const { t } = useTranslation()
  const { longDate } = useHolidayDates()
  const { removing, busy, cancel, confirm } = removal
  return (
    <Modal opened={removing !== null} onClose={cancel} title={t('queue.holidays.removeTitle')} centered>
      {removing ? (
        <Stack gap="md">
          <Text fz="sm">
            {t('queue.holidays.removeText', { date: longDate(removing.date), name: removing.name })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel} data-autofocus>
              {t('queue.holidays.removeCancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void confirm()}>
              {t('queue.holidays.removeConfirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  )
}
