import { Anchor, Badge, Group, Stack, Text } from '@mantine/core'
import { DetailSection } from './DetailSection'
import { useTranslation } from 'react-i18next'
import type { ComplaintDetail } from '../../../../common/complaints/views'
import { VisitStatus } from '../../../../common/visits'
import { useGo } from '../../shell/navigate'
import { useOfficeFormat } from '../frontdesk/format'

/** The visits a complaint came up in (registered at, asked about at step 4), each opening its visit screen. */
export function LinkedVisits({ visits }: { visits: ComplaintDetail['visits'] }) {
  const { t } = useTranslation()
  const go = useGo()
  const fmt = useOfficeFormat()
  return (
    <DetailSection id="complaint-visits-title" title={t('complaints.detail.visits')}>
      {visits.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('complaints.detail.visitsEmpty')}
        </Text>
      ) : (
        visits.map((visit) => {
          const status = VisitStatus.safeParse(visit.status)
          return (
            <Stack key={visit.id} gap={2}>
              <Group gap="sm">
                <Anchor
                  component="button"
                  type="button"
                  ff="monospace"
                  fw={600}
                  fz="sm"
                  aria-label={t('complaints.detail.openVisit', { number: visit.visitNumber })}
                  onClick={() => go('visit', visit.id)}
                >
                  {visit.visitNumber}
                </Anchor>
                <Text fz="sm" c="dimmed">
                  {`${fmt.dateTime(visit.arrivedAt)} ${fmt.zoneLabel}`}
                </Text>
                {status.success ? (
                  <Badge size="sm" variant="light" color="gray">
                    {t(`domain.visitStatus.${status.data}`)}
                  </Badge>
                ) : null}
              </Group>
              {visit.outcome ? (
                <Text fz="sm" lineClamp={2}>
                  {visit.outcome}
                </Text>
              ) : null}
            </Stack>
          )
        })
      )}
    </DetailSection>
  )
}
