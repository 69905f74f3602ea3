import { Button, Group, Loader, SimpleGrid, Stack } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ConsultationDetail } from '../../../../common/consultations/views'
import { visitFacts } from '../../../../common/visit-rules'
import { useCoreQuery } from '../../api/queries'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useGo } from '../../shell/navigate'
import { useNow } from '../queue/time'
import { AnswerCard } from './AnswerCard'
import { AttachmentsCard } from './AttachmentsCard'
import { CaseSteps } from './CaseSteps'
import { ConsultationHeader } from './ConsultationHeader'
import { DispositionCard } from './DispositionCard'
import { DocumentsCard } from './DocumentsCard'
import { LinkedVisitsCard } from './LinkedVisitsCard'
import { owedReason } from './OverrunReason'
import { hitOverdue } from './overdue'
import { RequestCard } from './RequestCard'
import { SurveyPanel } from '../skm/SurveyPanel'

/**
 * One consultation whole (issue 12): the request and its attachments, the disposition, the answer,
 * the case's steps, the visits about it, its documents and its survey. Asked again whenever
 * consultations, visits, the calendar, users or surveys change (the core's events).
 */
export function ConsultationScreen({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation()
  const go = useGo()
  const answer = useCoreQuery('consultations.get', { id: consultationId })
  return (
    <Stack gap="md" maw={1100}>
      <Group>
        <Button
          variant="subtle"
          leftSection={<IconArrowLeft size={18} />}
          onClick={() => go('consultations')}
          px="xs"
        >
          {t('consultations.title')}
        </Button>
      </Group>
      <ErrorAlert error={answer.error?.error ?? null} />
      {answer.data ? (
        <ConsultationWhole consultation={answer.data} />
      ) : answer.error ? null : (
        <Loader aria-label={t('app.loading')} />
      )}
    </Stack>
  )
}

function ConsultationWhole({ consultation }: { consultation: ConsultationDetail }) {
  const now = useNow()
  const facts = visitFacts(consultation.caseVisit, now)
  const owed = owedReason(consultation.caseVisit, now)
  return (
    <>
      <ConsultationHeader consultation={consultation} overdue={hitOverdue(consultation, now)} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ alignItems: 'start' }}>
        <Stack gap="md">
          <RequestCard consultation={consultation} />
          <AttachmentsCard consultation={consultation} />
        </Stack>
        <Stack gap="md">
          <DispositionCard consultation={consultation} owed={owed} />
          <AnswerCard consultation={consultation} owed={owed} />
        </Stack>
      </SimpleGrid>
      <CaseSteps consultation={consultation} facts={facts} now={now} />
      <DocumentsCard consultation={consultation} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ alignItems: 'start' }}>
        <LinkedVisitsCard consultation={consultation} />
        <SurveyPanel visitId={consultation.caseVisitId} />
      </SimpleGrid>
    </>
  )
}
