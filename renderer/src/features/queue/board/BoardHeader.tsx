import { Button, Group, Kbd, SegmentedControl, Stack, Text, Title, Tooltip } from '@mantine/core'
import { IconDeviceTv, IconSpeakerphone } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PrintAction } from '../../printing/PrintAction'
import { useOfficeFormat } from '../time'

/**
 * The board's title with the office's date and time, and for an officer the queue they call from
 * (all, or one service letter) and "call next" (F8); anyone may open the waiting-room display and
 * print the day's visitor log (buku tamu harian, Ctrl+P here) once the board knows its office day.
 */
export function BoardHeader({
  day,
  now,
  canServe,
  services,
  service,
  onService,
  calling,
  onCallNext,
}: {
  /** The board's office day (`yyyy-MM-dd`), once loaded. */
  day: string | null
  now: number
  canServe: boolean
  services: [letter: string, names: string[]][]
  service: string | null
  onService: (letter: string | null) => void
  calling: boolean
  onCallNext: () => void
}) {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  const openDisplay = () => {
    window.open('#/display', 'loket-display', 'popup,width=1280,height=720')
  }
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
      <div>
        <Title order={1} fz={26}>
          {t('queue.board.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {fmt.day(now)} · {fmt.clock(now)} {fmt.zoneLabel}
        </Text>
      </div>
      <Group gap="sm" wrap="wrap" align="flex-end">
        {canServe ? (
          <Stack gap={4}>
            <Text fz="xs" c="dimmed" id="queue-service-label">
              {t('queue.board.serviceLabel')}
            </Text>
            <SegmentedControl
              aria-labelledby="queue-service-label"
              value={service ?? 'all'}
              onChange={(value) => onService(value === 'all' ? null : value)}
              data={[
                { value: 'all', label: t('queue.board.serviceAll') },
                ...services.map(([letter, names]) => ({
                  value: letter,
                  label: (
                    <Tooltip label={names.join(' · ')} withinPortal>
                      <span>{letter}</span>
                    </Tooltip>
                  ),
                })),
              ]}
            />
          </Stack>
        ) : null}
        {canServe ? (
          <Button
            size="md"
            leftSection={<IconSpeakerphone size={20} />}
            rightSection={<Kbd size="sm">F8</Kbd>}
            loading={calling}
            onClick={onCallNext}
          >
            {service ? t('queue.board.callNextService', { service }) : t('queue.board.callNext')}
          </Button>
        ) : null}
        <Button variant="default" leftSection={<IconDeviceTv size={18} />} onClick={openDisplay}>
          {t('queue.board.openDisplay')}
        </Button>
        {day ? <PrintAction key={day} input={{ kind: 'daily_log', officeDay: day }} printKey /> : null}
      </Group>
    </Group>
  )
}
