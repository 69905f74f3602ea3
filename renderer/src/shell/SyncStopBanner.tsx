import { Alert } from '@mantine/core'
import { IconAlertOctagon } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useSyncStatus } from './sync-status'

/** A stop that needs a person (desk revoked, app too old) is said in words on every screen, not only in a tooltip. */
export function SyncStopBanner() {
  const { t } = useTranslation()
  const status = useSyncStatus()
  if (status?.phase !== 'stopped' || !status.stopReason) return null
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      mb="lg"
      title={t('sync.stopped')}
      icon={<IconAlertOctagon size={20} />}
    >
      {t(`sync.reasons.${status.stopReason}`)}
    </Alert>
  )
}
