import { SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ConsultationDetail } from '../../../../common/consultations/views'
import { useCoreQuery } from '../../api/queries'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { SectionCard } from '../../shell/SectionCard'
import { useOfficeFormat } from '../frontdesk/format'
import { AssignControl } from './AssignControl'
import { runningAction } from './case-step'
import { Fact } from './Fact'
import type { OwedReason } from './OverrunReason'

/**
 * Disposisi (seed 000 step 3): to whom, by whom, when and with what note; for a head or an
 * administrator, the form that assigns (or reassigns) it, with why the assignment step overran
 * when it did.
 */
export function DispositionCard({
  consultation,
  owed,
}: {
  consultation: ConsultationDetail
  owed: OwedReason | null
}) {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  const { assignment } = consultation
  return (
    <SectionCard
      title={t('consultations.detail.disposition')}
      titleId="consultation-disposition-title"
      gap="sm"
    >
      {assignment ? (
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
          <Fact label={t('consultations.detail.assignee')}>
            <Text span fw={600} fz="sm" data-testid="consultation-assignee">
              {assignment.assigneeName}
            </Text>
          </Fact>
          <Fact label={t('consultations.detail.assignedBy')}>{assignment.byName ?? '—'}</Fact>
          <Fact label={t('consultations.detail.assignedAt')}>
            {`${fmt.dateTime(assignment.at)} ${fmt.zoneLabel}`}
          </Fact>
          <Fact label={t('consultations.detail.note')}>
            <Text span fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {assignment.note || t('consultations.detail.noteNone')}
            </Text>
          </Fact>
        </SimpleGrid>
      ) : (
        <Text fz="sm" c="dimmed">
          {t('consultations.detail.notAssigned')}
        </Text>
      )}
      {consultation.may.assign ? (
        <AssignForm
          consultation={consultation}
          owed={runningAction(consultation.caseVisit) === 'assign' ? owed : null}
        />
      ) : null}
    </SectionCard>
  )
}

function AssignForm({ consultation, owed }: { consultation: ConsultationDetail; owed: OwedReason | null }) {
  const assignees = useCoreQuery('consultations.assignees', {})
  return (
    <Stack gap="xs" pt={consultation.assignment ? 'xs' : 0}>
      <ErrorAlert error={assignees.error?.error ?? null} />
      <AssignControl
        consultation={consultation}
        assignees={assignees.data ?? []}
        owed={owed}
        reassign={consultation.assignment !== null}
      />
    </Stack>
  )
}
