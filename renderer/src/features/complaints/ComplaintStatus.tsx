import { Badge, Group, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ComplaintHit } from '../../../../common/complaints/views'
import { useOfficeFormat } from '../frontdesk/format'
import { useChainWords } from './words'

/** Where a complaint stands: its stage and holder, its running hop's due date, overdue in red. */
export function ComplaintStatus({
  hit,
  size = 'sm',
}: {
  hit: Pick<ComplaintHit, 'stage' | 'holder' | 'dueAt' | 'overdue'>
  size?: 'sm' | 'md'
}) {
  const { t } = useTranslation()
  const words = useChainWords()
  const fmt = useOfficeFormat()
  return (
    <Group gap={8} wrap="wrap">
      <Badge variant="light" size={size === 'md' ? 'lg' : 'md'} color={hit.overdue ? 'red' : 'loket'}>
        {hit.stage && hit.holder
          ? t('complaints.hit.at', { stage: words.stage(hit.stage), holder: words.holder(hit.holder) })
          : hit.stage
            ? words.stage(hit.stage)
            : t('complaints.hit.notReported')}
      </Badge>
      {hit.overdue ? (
        <Badge
          color="red"
          variant="filled"
          size={size === 'md' ? 'lg' : 'md'}
          leftSection={<IconAlertTriangle size={12} />}
        >
          {t('complaints.hit.overdue')}
        </Badge>
      ) : null}
      <Text fz={size} c={hit.overdue ? 'red.8' : 'dimmed'} fw={hit.overdue ? 600 : undefined}>
        {hit.dueAt !== null
          ? t('complaints.hit.due', { date: fmt.dateTime(hit.dueAt) })
          : t('complaints.hit.noDue')}
      </Text>
    </Group>
  )
}
