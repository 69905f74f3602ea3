import { LoketError } from '../../common/errors'
import type { CallInfo, Handler } from '../handler'
import { boardToday, displayState } from './board'
import { visitorVisits } from './history'
import { recordLateVisit } from './late-entry'
import {
  advanceVisit,
  callNext,
  callVisit,
  cancelVisit,
  recordReason,
  startVisit,
  visitView,
} from './service'
import type { StepActor } from './case-actor'
import type { VisitRow } from './store'
import { findVisit, requireVisit } from './store'
import { requireVisitor } from '../visitors/repository'

/** The acting user (the dispatcher has checked the role already). */
function userOf(call: CallInfo): string {
  if (!call.user) throw new LoketError('unauthenticated')
  return call.user.id
}

/** The acting user as a step's actor, ending a step by a plain "next". */
function actorOf(call: CallInfo): StepActor {
  if (!call.user) throw new LoketError('unauthenticated')
  return { id: call.user.id, role: call.user.role, ending: null }
}

/** Names the visit (and what else `extra` adds) in the call's audit entry; gives the visit back. */
function audited(
  call: CallInfo,
  visit: VisitRow,
  extra: (visit: VisitRow) => Record<string, unknown> = () => ({}),
): VisitRow {
  call.audit.detail = { visitId: visit.id, visitNumber: visit.visitNumber, ...extra(visit) }
  return visit
}

export const startVisitHandler: Handler<'visits.start'> = (ctx, input, call) => {
  const visit = call.write((tx) =>
    audited(call, startVisit(ctx, tx, input, userOf(call)), (v) => ({ procedureId: v.procedureId })),
  )
  return visitView(ctx, visit)
}

export const getVisit: Handler<'visits.get'> = (ctx, input) => {
  const visit = findVisit(ctx.db, input)
  if (!visit) throw new LoketError('visit_not_found')
  return visitView(ctx, visit)
}

export const visitsOfVisitor: Handler<'visits.ofVisitor'> = (ctx, input) => {
  requireVisitor(ctx.db, input.visitorId)
  return visitorVisits(ctx, ctx.db, input.visitorId)
}

export const board: Handler<'visits.board'> = (ctx) => boardToday(ctx)

export const callNextHandler: Handler<'visits.callNext'> = (ctx, input, call) => {
  const visit = call.write((tx) => audited(call, callNext(ctx, tx, input.service, userOf(call))))
  return visitView(ctx, visit)
}

export const callVisitHandler: Handler<'visits.call'> = (ctx, input, call) => {
  const visit = call.write((tx) => {
    const found = requireVisit(tx, input.visitId)
    callVisit(ctx, tx, found, userOf(call))
    return audited(call, found)
  })
  return visitView(ctx, visit)
}

export const advanceVisitHandler: Handler<'visits.advance'> = (ctx, input, call) => {
  const visit = call.write((tx) =>
    audited(call, advanceVisit(ctx, tx, input, actorOf(call)), () => ({
      stepNo: input.stepNo,
      action: input.action,
    })),
  )
  return visitView(ctx, visit)
}

export const reasonHandler: Handler<'visits.reason'> = (ctx, input, call) => {
  const visit = call.write((tx) =>
    audited(call, recordReason(ctx, tx, input.visitId, input.stepNo, input.reason, userOf(call)), () => ({
      stepNo: input.stepNo,
    })),
  )
  return visitView(ctx, visit)
}

export const cancelVisitHandler: Handler<'visits.cancel'> = (ctx, input, call) => {
  const visit = call.write((tx) =>
    audited(call, cancelVisit(ctx, tx, input.visitId, input.reason, userOf(call))),
  )
  return visitView(ctx, visit)
}

export const lateVisitHandler: Handler<'visits.recordLate'> = (ctx, input, call) => {
  const visit = call.write((tx) =>
    audited(call, recordLateVisit(ctx, tx, input, userOf(call)), (v) => ({
      enteredLate: true,
      arrivedAt: v.arrivedAt,
    })),
  )
  return visitView(ctx, visit)
}

export const display: Handler<'queue.display'> = (ctx) => displayState(ctx)
