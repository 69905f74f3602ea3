import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VisitFacts } from '../../../../common/visit-rules'
import { missingToAdvance, stepAfter } from '../../../../common/visit-rules'
import type { AdvanceAction, VisitView } from '../../../../common/visits'
import { call } from '../../api/client'
import { useExclusive } from '../queue/useCallNext'
import { CANCEL, NEXT_STEP, NEXT_STEP_DUE, OUTCOME, reasonOf, useVisitDraft } from './VisitDraft'

/** A message per field, keyed `reason.<step>` (0: the whole procedure), `outcome`, `cancel`. */
export type FieldErrors = Record<string, string>

/**
 * The officer's commands on a visit — call (or recall), record a reason, move on (next, escalate,
 * resolve, finish), cancel — one at a time, each taking the core's answer. What the core would
 * refuse (common/visit-rules.ts missingToAdvance) is said at once on its field; the core stays the
 * judge, and its refusal is placed on the fields as well.
 */
export function useVisitActions({
  view,
  facts,
  apply,
  reload,
}: {
  view: VisitView
  facts: VisitFacts
  apply: (view: VisitView) => void
  reload: () => Promise<void>
}) {
  const { t } = useTranslation()
  const drafts = useVisitDraft(view.id)
  const { busy, failure, run } = useExclusive()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [cancelOpen, setCancelOpen] = useState(false)
  const number = view.queueNumber ?? view.visitNumber
  const waitingForCall = view.status === 'waiting'
  const reasonMissing = (no: number): [string, string] => [`reason.${no}`, t('queue.visit.reasonMissing')]

  const guard = (work: () => Promise<void>) =>
    run(work, async (refused) => {
      // The core's refusal, placed on the field it is about as well.
      if (refused.code === 'reason_required')
        setErrors(Object.fromEntries(facts.needsReason.map(reasonMissing)))
      if (refused.code === 'outcome_required') setErrors({ outcome: t('queue.visit.outcomeMissing') })
      if (refused.code === 'step_not_running' || refused.code === 'visit_closed') await reload()
    })

  const callVisitor = () =>
    guard(async () => {
      const called = await call('visits.call', { visitId: view.id })
      apply(called)
      notifications.show({
        color: 'teal',
        message: t(waitingForCall ? 'queue.called' : 'queue.recalled', {
          number,
          counter: called.calledBy ?? '—',
        }),
      })
    })

  /** Records the reasons typed for steps other than the running one (0: the whole procedure). */
  const saveOtherReasons = async (except: number | null) => {
    const pending = facts.needsReason.filter((no) => no !== except && drafts.text(reasonOf(no)) !== '')
    let latest: VisitView | null = null
    for (const no of pending) {
      latest = await call('visits.reason', {
        visitId: view.id,
        stepNo: no,
        reason: drafts.text(reasonOf(no)),
      })
    }
    if (latest) apply(latest)
    if (pending.length > 0) drafts.clear(pending.map(reasonOf))
  }

  const saveReason = (stepNo: number) =>
    guard(async () => {
      const reason = drafts.text(reasonOf(stepNo))
      if (!reason) {
        setErrors(Object.fromEntries([reasonMissing(stepNo)]))
        return
      }
      apply(await call('visits.reason', { visitId: view.id, stepNo, reason }))
      drafts.clear([reasonOf(stepNo)])
      setErrors({})
      notifications.show({ color: 'teal', message: t('queue.visit.reasonSaved') })
    })

  /** The follow-up typed for the last step, and its date, when given (both optional). */
  const followUp = () => {
    const nextStep = drafts.text(NEXT_STEP)
    const nextStepDue = drafts.text(NEXT_STEP_DUE)
    return { ...(nextStep ? { nextStep } : {}), ...(nextStepDue ? { nextStepDue } : {}) }
  }

  const advance = (action: AdvanceAction) =>
    guard(async () => {
      const { procedure } = view
      const running = facts.runningStep
      if (waitingForCall || facts.closed || (procedure && !running)) return
      const stepNo = running?.no ?? 0
      const after = procedure && running ? stepAfter(procedure, running.no, action) : null
      if (after === 'choose_escalation' || after === 'no_escalation') return
      const final = after === null || after.next === null
      const missing = missingToAdvance(facts, {
        final,
        hasReason: (no) => drafts.text(reasonOf(no)) !== '',
        hasOutcome: drafts.text(OUTCOME) !== '',
      })
      const fieldErrors: FieldErrors = Object.fromEntries(missing.reasons.map(reasonMissing))
      if (missing.outcome) fieldErrors.outcome = t('queue.visit.outcomeMissing')
      setErrors(fieldErrors)
      const first = Object.keys(fieldErrors)[0]
      if (first) {
        document.getElementById(`visit-field-${first}`)?.focus()
        return
      }
      await saveOtherReasons(stepNo)
      const reason = drafts.text(reasonOf(stepNo))
      const owesReason = facts.reasonSteps.includes(stepNo)
      const moved = await call('visits.advance', {
        visitId: view.id,
        stepNo,
        action,
        ...(owesReason && reason ? { reason } : {}),
        ...(final ? { outcome: drafts.text(OUTCOME), ...followUp() } : {}),
      })
      apply(moved)
      if (moved.status !== 'done' && reason) drafts.clear([reasonOf(stepNo)])
      if (moved.status === 'done') {
        drafts.clear('all')
        notifications.show({ color: 'teal', message: t('queue.visit.finished', { number }) })
      }
    })

  const cancelVisit = () =>
    guard(async () => {
      const reason = drafts.text(CANCEL)
      if (!reason) {
        setErrors({ cancel: t('queue.visit.reasonMissing') })
        return
      }
      apply(await call('visits.cancel', { visitId: view.id, reason }))
      drafts.clear('all')
      setErrors({})
      setCancelOpen(false)
      notifications.show({ color: 'gray', message: t('queue.visit.cancelled', { number }) })
    })

  return {
    busy,
    failure,
    errors,
    /** Bumped when drafts were dropped: the text fields start again from the stored draft. */
    draftVersion: drafts.version,
    cancelOpen,
    setCancelOpen,
    callVisitor,
    saveReason,
    advance,
    cancelVisit,
  }
}

export type VisitActions = ReturnType<typeof useVisitActions>
