import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ConsultationDetail } from '../../../../common/consultations/views'
import { SectionCard } from '../../shell/SectionCard'
import { VisitLine } from '../visit/VisitLine'

/** Kunjungan terkait: the case visit and the visits about it, each opening its visit screen. */
export function LinkedVisitsCard({ consultation }: { consultation: ConsultationDetail }) {
  const { t } = useTranslation()
  const { caseVisit } = consultation
  const others = consultation.visits.filter((visit) => visit.id !== caseVisit.id)
  const label = (number: string) => t('consultations.detail.openVisit', { number })
  return (
    <SectionCard title={t('consultations.detail.visits')} titleId="consultation-visits-title" gap="xs">
      <Stack gap={6}>
        <VisitLine
          visit={caseVisit}
          about={t('consultations.detail.caseVisit')}
          label={label(caseVisit.visitNumber)}
        />
        {others.map((visit) => (
          <VisitLine
            key={visit.id}
            visit={visit}
            about={t(`domain.purposes.${visit.purpose}`)}
            label={label(visit.visitNumber)}
          />
        ))}
        {others.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('consultations.detail.visitsEmpty')}
          </Text>
        ) : null}
      </Stack>
    </SectionCard>
  )
}
