import { v7 as uuidv7 } from 'uuid'
import { officeDay } from '../../common/calendar/office-day'
import { LoketError } from '../../common/errors'
import type { Localized } from '../../common/localized'
import { localize } from '../../common/localized'
import type { Procedure } from '../../common/procedures'
import { SERVICE_OF_PURPOSE } from '../../common/procedures'
import type { ValidationKey } from '../../common/validation'
import { validationCatalog } from '../../common/validation'
import type { VisitLateInput } from '../../common/visits'
import { officeTimeZone } from '../calendar/office-calendar'
import type { CoreContext } from '../context'
import type { Db } from '../db'
import { readOwnDesk } from '../settings/repository'
import { requireVisitor, visitorVisited } from '../visitors/repository'
import { chooseProcedure, numberVisit } from './service'
import type { EventInput, VisitRow } from './store'
import { appendEvents, insertVisit } from './store'

/** How far back a visit written on paper may be keyed in: a typo in the year must not pass. */
export const LATE_ENTRY_MAX_AGE_DAYS = 31

function refuse(fields: Record<string, ValidationKey>): never {
  const messages: Record<string, Localized> = {}
  for (const [path, key] of Object.entries(fields)) messages[path] = localize(validationCatalog[key])
  throw new LoketError('validation_failed', {}, messages)
}

/**
 * The steps as written on paper must be the procedure's, in order, each starting no earlier than
 * the one before ended; only escalation steps may have been skipped; nothing lies in the future.
 */
function checkSteps(procedure: Procedure | null, input: VisitLateInput, now: number): number {
  if (!procedure) {
    if (input.steps.length > 0) refuse({ steps: 'late_steps_without_procedure' })
    if (input.finishedAt === undefined) refuse({ finishedAt: 'required' })
    if (input.finishedAt < input.arrivedAt) refuse({ finishedAt: 'late_before_arrival' })
    if (input.finishedAt > now) refuse({ finishedAt: 'late_in_future' })
    return input.finishedAt
  }
  if (input.steps.length !== procedure.steps.length) refuse({ steps: 'late_steps_incomplete' })
  let previousEnd = input.arrivedAt
  input.steps.forEach((step, index) => {
    const definition = procedure.steps[index]
    const path = `steps.${index}`
    if (!definition || step.no !== definition.no) refuse({ [path]: 'late_steps_incomplete' })
    if (step.skipped) {
      if (!definition.escalation) refuse({ [path]: 'late_step_not_skippable' })
      return
    }
    if (step.startedAt < previousEnd) refuse({ [`${path}.startedAt`]: 'late_step_order' })
    if (step.endedAt < step.startedAt) refuse({ [`${path}.endedAt`]: 'late_step_order' })
    if (step.endedAt > now) refuse({ [`${path}.endedAt`]: 'late_in_future' })
    previousEnd = step.endedAt
  })
  return previousEnd
}

/**
 * A visit written on paper while the PC was down, keyed in later with its real times: numbered
 * for its own day, flagged as entered late, its steps' events at the times they happened.
 */
export function recordLateVisit(ctx: CoreContext, tx: Db, input: VisitLateInput, userId: string): VisitRow {
  const now = ctx.now()
  if (input.arrivedAt > now) refuse({ arrivedAt: 'late_in_future' })
  if (input.arrivedAt < now - LATE_ENTRY_MAX_AGE_DAYS * 24 * 60 * 60 * 1000)
    refuse({ arrivedAt: 'late_too_old' })
  const visitor = requireVisitor(tx, input.visitorId)
  const procedure = chooseProcedure(ctx, input.purpose, input.procedureId)
  const finishedAt = checkSteps(procedure, input, now)
  const day = officeDay(input.arrivedAt, officeTimeZone(tx))
  const service = procedure ? procedure.service : SERVICE_OF_PURPOSE[input.purpose]
  const numbers = numberVisit(tx, day, service, false)
  const visit = insertVisit(
    tx,
    {
      id: uuidv7(),
      deletedAt: null,
      complaintId: null,
      consultationId: null,
      visitorId: visitor.id,
      visitNumber: numbers.visitNumber,
      queueNumber: input.queueNumber?.trim() ? input.queueNumber.trim().toUpperCase() : null,
      purpose: input.purpose,
      deskId: readOwnDesk(tx)?.id ?? '',
      officerId: userId,
      status: 'done',
      arrivedAt: input.arrivedAt,
      finishedAt,
      outcome: input.outcome,
      notes: input.notes === '' ? null : input.notes,
      enteredLate: true,
      procedureId: procedure?.id ?? null,
      procedureVersion: procedure?.version ?? null,
      service,
      officeDay: day,
      channel: procedure?.channel ?? 'walk_in',
      recordedAt: now,
    },
    now,
  )
  const events: EventInput[] = []
  for (const step of input.steps) {
    if (step.skipped) {
      events.push({ stepNo: step.no, kind: 'skip', at: finishedAt })
      continue
    }
    events.push({ stepNo: step.no, kind: 'start', at: step.startedAt })
    if (step.reason?.trim())
      events.push({ stepNo: step.no, kind: 'reason', at: step.endedAt, note: step.reason.trim() })
    events.push({ stepNo: step.no, kind: 'end', at: step.endedAt })
  }
  if (input.procedureReason?.trim()) {
    events.push({ stepNo: 0, kind: 'reason', at: finishedAt, note: input.procedureReason.trim() })
  }
  events.push({ stepNo: 0, kind: 'finish', at: finishedAt, note: input.outcome })
  appendEvents(tx, visit.id, userId, events, now)
  visitorVisited(tx, visitor.id)
  return visit
}
