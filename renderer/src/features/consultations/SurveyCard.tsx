import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ConsultationDetail } from '../../../../common/consultations/views'
import { SectionCard } from '../../shell/SectionCard'
import { useOfficeFormat } from '../frontdesk/format'

/**
 * Survei kepuasan — THE SPOT FOR THE SURVEY PANEL (issue 12, features/skm/*): the coordinator mounts
 * the survey panel of the case visit (`consultation.caseVisit.id`) here, in place of the line
 * below. Until then it only says whether the survey was answered. No survey UI is built here.
 */
export function SurveyCard({ consultation }: { consultation: ConsultationDetail }) {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  return (
    <SectionCard title={t('consultations.detail.survey')} titleId="consultation-survey-title" gap="sm">
      <Text fz="sm" c="dimmed" data-testid="consultation-survey-slot">
        {consultation.survey
          ? t('consultations.detail.surveyAnswered', { date: fmt.dateTime(consultation.survey.answeredAt) })
          : t('consultations.detail.surveyPending')}
      </Text>
    </SectionCard>
  )
}
