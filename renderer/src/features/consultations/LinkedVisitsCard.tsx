import { Anchor, Badge, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ConsultationDetail } from '../../../../common/consultations/views'
import { VisitPurpose } from '../../../../common/procedures'
import { VisitStatus } from '../../../../common/visits'
import { useGo } from '../../shell/navigate'
import { SectionCard } from '../../shell/SectionCard'
import { useOfficeFormat } from '../frontdesk/format'

/** Kunjungan terkait: the case visit and the visits about it, each opening its visit screen. */
export function LinkedVisitsCard({ consultation }: { consultation: ConsultationDetail }) {
  const { t } = useTranslation()
  const go = useGo()
  const fmt = useOfficeFormat()
  const { caseVisit } = consultation
  const visits = [
    {
      id: caseVisit.id,
      visitNumber: caseVisit.visitNumber,
      arrivedAt: caseVisit.arrivedAt,
      purpose: caseVisit.purpose as string,
      status: caseVisit.status as string,
    },
    ...consultation.visits.filter((visit) => visit.id !== caseVisit.id),
  ]
  return (
    <SectionCard title={t('consultations.detail.visits')} titleId="consultation-visits-title" gap="xs">
      <Stack gap={6}>
        {visits.map((visit) => {
          const status = VisitStatus.safeParse(visit.status)
          const purpose = VisitPurpose.safeParse(visit.purpose)
          return (
            <Group key={visit.id} gap="sm" wrap="wrap">
              <Anchor
                component="button"
                type="button"
                ff="monospace"
                fw={600}
                fz="sm"
                aria-label={t('consultations.detail.openVisit', { number: visit.visitNumber })}
                onClick={() => go('visit', visit.id)}
              >
                {visit.visitNumber}
              </Anchor>
              <Text fz="sm" c="dimmed">
                {`${fmt.dateTime(visit.arrivedAt)} ${fmt.zoneLabel}`}
                {visit.id === caseVisit.id
                  ? ` · ${t('consultations.detail.caseVisit')}`
                  : purpose.success
                    ? ` · ${t(`domain.purposes.${purpose.data}`)}`
                    : ''}
              </Text>
              {status.success ? (
                <Badge size="sm" variant="light" color="gray">
                  {t(`domain.visitStatus.${status.data}`)}
                </Badge>
              ) : null}
            </Group>
          )
        })}
        {consultation.visits.filter((visit) => visit.id !== caseVisit.id).length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('consultations.detail.visitsEmpty')}
          </Text>
        ) : null}
      </Stack>
    </SectionCard>
  )
}
