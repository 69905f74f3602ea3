import '@mantine/dates/styles.css'
import 'dayjs/locale/id'
import { Group, SimpleGrid, Text, Title } from '@mantine/core'
import { DatesProvider } from '@mantine/dates'
import { getHotkeyHandler } from '@mantine/hooks'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { VisitFacts } from '../../../../common/visit-rules'
import type { VisitView } from '../../../../common/visits'
import { useLocale } from '../../i18n'
import { timing, useStandardText } from '../queue/time'
import { Timer } from '../queue/Timer'
import { AdvanceButtons } from './AdvanceButtons'
import { TotalTimer } from './TotalTimer'
import type { VisitActions } from './useVisitActions'
import { DraftDateInput, DraftTextarea, NEXT_STEP, NEXT_STEP_DUE, OUTCOME } from './VisitDraft'

/**
 * The step being worked on: its timer (or the whole procedure's, seed 003), the reasons owed, the
 * outcome before the last step ends, and the buttons that move on.
 */
export interface WorkNowProps {
  view: VisitView
  facts: VisitFacts
  now: number
  actions: VisitActions
  canServe: boolean
  reasonField: (stepNo: number) => ReactNode
  /** What Ctrl+Enter does on this screen (here: finish, from the outcome field). */
  primary: () => void
}

export function WorkNow({ view, facts, now, actions, canServe, reasonField, primary }: WorkNowProps) {
  const { t } = useTranslation()
  const { pick, locale } = useLocale()
  const standardText = useStandardText()
  const { runningStep: running, nextStep, earlierReasons } = facts
  const activity = view.procedure?.steps.find((s) => s.no === running?.no)?.activity
  const total = view.procedure?.totalStandard
  return (
    <>
      <Title order={2} fz="lg" id="visit-now-title">
        {running
          ? t('queue.visit.nowStep', { no: running.no, activity: pick(activity ?? { id: '', en: '' }) })
          : t('queue.visit.nowNoProcedure')}
      </Title>
      <Group gap="xl">
        {running?.startedAt != null ? (
          <Timer
            size="lg"
            timing={timing({ startedAt: running.startedAt, dueAt: running.dueAt, now })}
            dueAt={running.dueAt}
            provisional={running.dueProvisional}
            standard={running.standard ? standardText(running.standard) : undefined}
            label={t('queue.visit.stepTimer', { no: running.no })}
          />
        ) : null}
        {facts.untimed && total ? (
          // Its steps have no standard of their own: what counts is the whole procedure's time.
          <Group gap={6} wrap="nowrap">
            <Text fz="lg" c="dimmed">
              {t('queue.visit.total')}
            </Text>
            <TotalTimer view={view} now={now} size="lg" />
          </Group>
        ) : null}
      </Group>
      {facts.totalNeedsReason ? reasonField(0) : null}
      {earlierReasons.length > 0 ? (
        <Text fz="sm" c="red.8" fw={500}>
          <IconAlertTriangle size={16} style={{ verticalAlign: 'text-bottom' }} aria-hidden />{' '}
          {t('queue.visit.reasonsPending', { steps: earlierReasons.join(', ') })}
        </Text>
      ) : null}
      {running && facts.reasonSteps.includes(running.no) ? reasonField(running.no) : null}
      {nextStep === null ? (
        <DraftTextarea
          key={`outcome-${actions.draftVersion}`}
          visitId={view.id}
          field={OUTCOME}
          id="visit-field-outcome"
          label={t('queue.visit.outcome')}
          description={t('queue.visit.outcomeHint')}
          withAsterisk
          autosize
          minRows={3}
          maxLength={2000}
          error={actions.errors.outcome}
          disabled={!canServe}
          // The outcome is what finishing records: Ctrl+Enter in it finishes with it.
          onKeyDown={getHotkeyHandler([['mod+Enter', primary]])}
        />
      ) : null}
      {nextStep === null ? (
        // The follow-up and its date go with the last step, onto the consultation note (seed 001, step 4).
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <DraftTextarea
            key={`next-${actions.draftVersion}`}
            style={{ gridColumn: 'span 2' }}
            visitId={view.id}
            field={NEXT_STEP}
            id="visit-field-nextStep"
            label={t('queue.visit.nextStep')}
            description={t('queue.visit.nextStepHint')}
            autosize
            minRows={2}
            maxLength={1000}
            disabled={!canServe}
            onKeyDown={getHotkeyHandler([['mod+Enter', primary]])}
          />
          <DatesProvider settings={{ locale: locale === 'en' ? 'en' : 'id', firstDayOfWeek: 1 }}>
            <DraftDateInput
              key={`due-${actions.draftVersion}`}
              visitId={view.id}
              field={NEXT_STEP_DUE}
              id="visit-field-nextStepDue"
              label={t('queue.visit.nextStepDue')}
              placeholder={t('queue.visit.nextStepDuePlaceholder')}
              error={actions.errors.nextStepDue}
              disabled={!canServe}
            />
          </DatesProvider>
        </SimpleGrid>
      ) : null}
      {canServe ? (
        <AdvanceButtons facts={facts} actions={actions} />
      ) : (
        <Text fz="sm" c="dimmed">
          {t('queue.visit.readOnly')}
        </Text>
      )}
      {facts.chooseEscalation && nextStep ? (
        <Text fz="xs" c="dimmed">
          {t('queue.visit.escalationHint')}
        </Text>
      ) : null}
    </>
  )
}
