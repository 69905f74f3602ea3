import { Button, Group, Loader, Stack } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { RpcError } from '../../../../common/errors'
import { visitFacts } from '../../../../common/visit-rules'
import type { VisitView } from '../../../../common/visits'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useGlobalHotkeys } from '../../shell/hotkeys'
import { useGo } from '../../shell/navigate'
import { useNow } from '../queue/time'
import { readCallService, useCallNext, useQueueRoles } from '../queue/useCallNext'
import { VisitComplaint } from '../complaints/VisitComplaint'
import { VisitConsultation } from '../consultations/VisitConsultation'
import { CancelPanel } from './CancelPanel'
import { NowPanel } from './NowPanel'
import { ReasonField } from './ReasonField'
import { StepList } from './StepList'
import { useVisit } from './useVisit'
import { useVisitActions } from './useVisitActions'
import { VisitHeader } from './VisitHeader'
import { VisitPrintBar } from './VisitPrintBar'
import { SurveyPanel } from '../skm/SurveyPanel'

/**
 * One visit, for the officer serving it: who and what for, what to do now, and the procedure's
 * steps. What its state means (overdue, reasons owed, what follows) is common/visit-rules.ts's.
 */
export function VisitScreen({ visitId }: { visitId: string }) {
  const { t } = useTranslation()
  const go = useGo()
  const { view, failure, apply, load } = useVisit(visitId)
  if (!view) {
    return (
      <Stack gap="md" maw={980}>
        <BackButton onClick={() => go('queue')} />
        {failure ? <ErrorAlert error={failure} /> : <Loader aria-label={t('app.loading')} />}
      </Stack>
    )
  }
  return <VisitDetail view={view} pollFailure={failure} apply={apply} reload={load} />
}

function BackButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation()
  return (
    <Group>
      <Button variant="subtle" leftSection={<IconArrowLeft size={18} />} onClick={onClick} px="xs">
        {t('queue.visit.back')}
      </Button>
    </Group>
  )
}

function VisitDetail({
  view,
  pollFailure,
  apply,
  reload,
}: {
  view: VisitView
  pollFailure: RpcError | null
  apply: (view: VisitView) => void
  reload: () => Promise<void>
}) {
  const go = useGo()
  const now = useNow()
  const facts = visitFacts(view, now)
  const { canServe, canCancel } = useQueueRoles()
  const { callNext, busy: calling, failure: callFailure } = useCallNext()
  const actions = useVisitActions({ view, facts, apply, reload })
  const waitingForCall = view.status === 'waiting'
  const callNextHere = () => void callNext(readCallService())

  const primary = () => {
    if (actions.cancelOpen || facts.closed || !canServe) return
    if (waitingForCall) void actions.callVisitor()
    else void actions.advance(facts.chooseEscalation ? 'resolve' : 'next')
  }
  const escalate = () => {
    if (actions.cancelOpen || facts.closed || !canServe || !facts.chooseEscalation || waitingForCall) return
    void actions.advance('escalate')
  }
  // Not from inside a text field: there Ctrl+Enter submits that field only (its reason, its outcome).
  useGlobalHotkeys([
    ['mod+Enter', primary, { preventDefault: true }],
    ['mod+shift+Enter', escalate, { preventDefault: true }],
    [
      'F8',
      () => {
        if (facts.closed && canServe) callNextHere()
      },
      { preventDefault: true },
    ],
  ])

  const reasonField = (no: number) => (
    <ReasonField
      key={`${no}-${actions.draftVersion}`}
      visitId={view.id}
      stepNo={no}
      standard={
        no === 0
          ? (view.procedure?.totalStandard ?? null)
          : (view.steps.find((s) => s.no === no)?.standard ?? null)
      }
      error={actions.errors[`reason.${no}`]}
      disabled={!canServe || actions.busy}
      onSave={() => void actions.saveReason(no)}
    />
  )

  return (
    <Stack gap="md" maw={1040}>
      <BackButton onClick={() => go('queue')} />
      <VisitHeader
        view={view}
        facts={facts}
        now={now}
        canRecall={canServe}
        canCancel={canCancel}
        busy={actions.busy}
        onRecall={() => void actions.callVisitor()}
        onCancel={() => actions.setCancelOpen(true)}
      />
      <ErrorAlert error={actions.failure ?? callFailure ?? pollFailure} />
      {/* Before the step's outcome: the complaint is picked (or recorded) first, then what was said. */}
      <VisitComplaint view={view} facts={facts} apply={apply} canServe={canServe} />
      <VisitConsultation view={view} />
      <NowPanel
        view={view}
        facts={facts}
        now={now}
        actions={actions}
        canServe={canServe}
        reasonField={reasonField}
        primary={primary}
        onCallNext={callNextHere}
        calling={calling}
      />
      <VisitPrintBar view={view} />
      {view.status === 'done' ? <SurveyPanel visitId={view.id} /> : null}
      {view.procedure ? (
        <StepList view={view} procedure={view.procedure} facts={facts} now={now} reasonField={reasonField} />
      ) : null}
      <CancelPanel view={view} actions={actions} />
    </Stack>
  )
}
