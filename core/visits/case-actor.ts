import { and, eq } from 'drizzle-orm'
import { LoketError } from '../../common/errors'
import { foldConsultation } from '../../common/consultations/state'
import { mayEndStep } from '../../common/consultations/step-roles'
import type { Procedure, StepAction } from '../../common/procedures'
import type { Role } from '../../common/roles'
import { consultationEvents, consultations } from '../../db/schema'
import { findUserById } from '../auth/users'
import type { Db } from '../db'
import type { VisitRow } from './store'

/**
 * Who is ending a step, and by what: the signed-in user, and the consultation action (assignment,
 * answer) when the step is ended by one rather than by a plain "next" (issue 12).
 */
export interface StepActor {
  id: string
  role: Role
  ending: StepAction | null
}

/**
 * The team member a case visit's consultation is assigned to (the latest assignment), or null when
 * the visit is no consultation's case or nobody is assigned yet.
 */
export function caseAssignee(db: Db, visit: Pick<VisitRow, 'id' | 'consultationId'>): string | null {
  if (!visit.consultationId) return null
  const consultation = db
    .select({ id: consultations.id })
    .from(consultations)
    .where(and(eq(consultations.id, visit.consultationId), eq(consultations.caseVisitId, visit.id)))
    .get()
  if (!consultation) return null
  const events = db
    .select()
    .from(consultationEvents)
    .where(eq(consultationEvents.consultationId, consultation.id))
    .all()
  return foldConsultation(events).assignment?.assigneeId ?? null
}

/**
 * Refuses ending step `stepNo` of `procedure` by `actor` when the step's role is not theirs
 * (common/consultations/step-roles.ts) or when the step ends only by its action (a disposition or
 * an answer must be on record; seed 000 steps 3 and 5). Throws LoketError step_for_head,
 * not_yet_assigned, not_assignee, step_needs_assignment, step_needs_answer.
 */
export function checkStepActor(
  db: Db,
  visit: Pick<VisitRow, 'id' | 'consultationId'>,
  procedure: Procedure,
  stepNo: number,
  actor: StepActor,
): void {
  const step = procedure.steps[stepNo - 1]
  if (!step) return
  const assigneeId = step.role === 'assignee' ? caseAssignee(db, visit) : null
  if (!mayEndStep(step.role, actor, assigneeId)) {
    if (step.role === 'head') throw new LoketError('step_for_head')
    if (assigneeId === null) throw new LoketError('not_yet_assigned')
    throw new LoketError('not_assignee', { name: findUserById(db, assigneeId)?.fullName ?? '—' })
  }
  if (step.action === 'assign' && actor.ending !== 'assign') throw new LoketError('step_needs_assignment')
  if (step.action === 'answer' && actor.ending !== 'answer') throw new LoketError('step_needs_answer')
}
