import { Alert, Text } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ComplaintHit } from '../../../../common/complaints/views'
import { useOfficeFormat } from '../frontdesk/format'
import { useChainWords } from './words'

/**
 * What the visitor should expect next (labels.ts EXPECT_WORDS) and by when the running hop is due:
 * the sentence the officer says at step 4, and the one the consultation note prints.
 */
export function ExpectNext({
  complaint,
}: {
  complaint: Pick<ComplaintHit, 'stage' | 'holder' | 'dueAt' | 'overdue'>
}) {
  const { t } = useTranslation()
  const words = useChainWords()
  const fmt = useOfficeFormat()
  const { stage, holder, dueAt, overdue } = complaint
  const due = dueAt !== null ? `${fmt.dateTime(dueAt)} ${fmt.zoneLabel}` : null
  return (
    <Alert
      color={overdue ? 'red' : 'loket'}
      variant="light"
      icon={<IconInfoCircle size={20} />}
      title={t('complaints.detail.expect')}
      aria-label={t('complaints.detail.expect')}
    >
      <Text fz="sm">{stage ? words.expect(stage, holder) : t('complaints.detail.expectNone')}</Text>
      {due ? (
        <Text fz="sm" fw={600} c={overdue ? 'red.8' : undefined} mt={4}>
          {overdue
            ? t('complaints.detail.expectDueMissed', { date: due })
            : t('complaints.detail.expectDue', { date: due })}
        </Text>
      ) : null}
    </Alert>
  )
}
