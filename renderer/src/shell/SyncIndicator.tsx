import { TZDate } from '@date-fns/tz'
import { Badge, Button, Group, Tooltip } from '@mantine/core'
import { IconCloudCheck, IconCloudOff, IconRefresh, IconAlertOctagon } from '@tabler/icons-react'
import { format } from 'date-fns'
import { useTranslation } from 'react-i18next'
import { CLOCK_WARNING_MS } from '../../../common/hlc'
import { useSession } from '../stores/session'
import { useSyncNow, useSyncStatus } from './sync-status'

/** Online or offline, changes waiting, last successful sync, rejects, and a plain reason when sync stopped. */
export function SyncIndicator() {
  const { t } = useTranslation()
  const status = useSyncStatus()
  const syncNow = useSyncNow()
  const zone = useSession((s) => s.info?.timeZone ?? 'Asia/Jakarta')

  if (!status) return null
  if (!status.enrolled) {
    return (
      <Badge variant="light" color="gray" size="lg" radius="sm">
        {t('sync.standalone')}
      </Badge>
    )
  }
  const when = status.lastSuccessAt
    ? t('sync.synced', { time: format(new TZDate(status.lastSuccessAt, zone), 'HH:mm') })
    : t('sync.never')
  const stopped = status.phase === 'stopped'
  const offline = status.phase === 'offline'
  // In sync, but something wants a look: changes refused or held, or a clock that is off.
  const attention =
    status.rejected > 0 ||
    status.held > 0 ||
    (status.clockOffsetMs !== null && Math.abs(status.clockOffsetMs) > CLOCK_WARNING_MS)
  const label = stopped
    ? t('sync.stopped')
    : status.phase === 'syncing'
      ? t('sync.syncing')
      : offline
        ? t('sync.offline')
        : when
  const details = [
    stopped && status.stopReason ? t(`sync.reasons.${status.stopReason}`) : null,
    status.pending > 0 ? t('sync.pending', { count: status.pending }) : null,
    status.rejected > 0 ? t('sync.rejected', { count: status.rejected }) : null,
    status.held > 0 ? t('sync.held', { count: status.held }) : null,
    offline || stopped ? when : null,
  ].filter((line): line is string => line !== null)

  return (
    <Group gap={6} wrap="nowrap">
      <Tooltip label={details.join(' · ') || when} multiline maw={320} withArrow>
        <Badge
          role="status"
          size="lg"
          radius="sm"
          variant="light"
          color={stopped ? 'red' : offline || attention ? 'orange' : 'teal'}
          leftSection={
            stopped ? (
              <IconAlertOctagon size={14} />
            ) : offline ? (
              <IconCloudOff size={14} />
            ) : (
              <IconCloudCheck size={14} />
            )
          }
        >
          {label}
          {status.pending > 0 ? ` · ${status.pending}` : ''}
        </Badge>
      </Tooltip>
      <Tooltip label={t('sync.syncNow')} withArrow>
        <Button
          variant="subtle"
          size="compact-sm"
          aria-label={t('sync.syncNow')}
          loading={status.phase === 'syncing'}
          onClick={() => void syncNow()}
        >
          <IconRefresh size={16} />
        </Button>
      </Tooltip>
    </Group>
  )
}
