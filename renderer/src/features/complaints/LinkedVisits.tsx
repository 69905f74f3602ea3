import { Stack, Text } from '@mantine/core'
import { DetailSection } from './DetailSection'
import { useTranslation } from 'react-i18next'
import type { ComplaintDetail } from '../../../../common/complaints/views'
import { VisitLine } from '../visit/VisitLine'

/** The visits a complaint came up in (registered at, asked about at step 4), each opening its visit screen. */
export function LinkedVisits({ visits }: { visits: ComplaintDetail['visits'] }) {
  const { t } = useTranslation()
  return (
    <DetailSection id="complaint-visits-title" title={t('complaints.detail.visits')}>
      {visits.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('complaints.detail.visitsEmpty')}
        </Text>
      ) : (
        visits.map((visit) => (
          <Stack key={visit.id} gap={2}>
            <VisitLine
              visit={visit}
              label={t('complaints.detail.openVisit', { number: visit.visitNumber })}
            />
            {visit.outcome ? (
              <Text fz="sm" lineClamp={2}>
                {visit.outcome}
              </Text>
            ) : null}
          </Stack>
        ))
      )}
    </DetailSection>
  )
}
