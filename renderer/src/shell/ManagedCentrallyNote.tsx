import { Alert } from '@mantine/core'
import { IconBuildingBank } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useSyncStatus } from './sync-status'

/**
 * On an enrolled desk's administration screens: what is edited there is the office's, kept by the
 * central server, and changed there online in the administrator's name.
 */
export function ManagedCentrallyNote() {
  const { t } = useTranslation()
  const enrolled = useSyncStatus()?.enrolled ?? false
  if (!enrolled) return null
  return (
    <Alert
      color="blue"
      variant="light"
      title={t('central.managedTitle')}
      icon={<IconBuildingBank size={20} />}
    >
      {t('central.managed')}
    </Alert>
  )
}
