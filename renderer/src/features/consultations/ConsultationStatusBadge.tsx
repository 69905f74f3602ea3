import { Badge } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ConsultationStatus } from '../../../../common/consultations/state'

const COLOR: Record<ConsultationStatus, string> = {
  unassigned: 'orange',
  assigned: 'loket',
  answered: 'teal',
  done: 'green',
  cancelled: 'gray',
}

/** Where a consultation stands, in one coloured word. */
export function ConsultationStatusBadge({
  status,
  size = 'md',
}: {
  status: ConsultationStatus
  size?: 'sm' | 'md' | 'lg'
}) {
  const { t } = useTranslation()
  return (
    <Badge variant="light" color={COLOR[status]} size={size} radius="sm">
      {t(`consultations.statuses.${status}`)}
    </Badge>
  )
}

/** Past its standard: the running step's, or the answer's. */
export function OverdueBadge({ size = 'md' }: { size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation()
  return (
    <Badge color="red" variant="filled" size={size} radius="sm" leftSection={<IconAlertTriangle size={12} />}>
      {t('consultations.hit.overdue')}
    </Badge>
  )
}
