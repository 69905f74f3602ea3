import { LoketError } from '../../common/errors'
import type { CallInfo, Handler } from '../handler'
import { visitView } from '../visits/service'
import { requireVisit } from '../visits/store'
import type { Actor } from './service'
import {
  advanceConsultation,
  answerConsultation as answer,
  assignConsultation as assign,
  assignees as listAssignees,
  linkVisitToConsultation,
  listConsultations as list,
  myWork as workOf,
  registerConsultation as register,
  setConsultationAttachments,
  stateOf,
} from './service'
import type { ConsultationRow } from './store'
import { consultationStates, toDetail, toHits } from './view'
import { requireConsultation } from './store'

/** The signed-in user (the dispatcher has checked the channel's roles already). */
function actorOf(call: CallInfo): Actor {
  if (!call.user) throw new LoketError('unauthenticated')
  return { id: call.user.id, role: call.user.role }
}

/** Names the consultation in the call's audit entry (never the substance or the answer's text). */
function audited(call: CallInfo, row: ConsultationRow, extra: Record<string, unknown> = {}): ConsultationRow {
  call.audit.detail = { consultationId: row.id, number: row.number, ...extra }
  return row
}

export const registerConsultation: Handler<'consultations.register'> = (ctx, input, call) => {
  const actor = actorOf(call)
  const row = call.write((tx) =>
    audited(call, register(ctx, tx, input, actor.id), {
      channel: input.channel,
      visitId: input.visitId ?? null,
    }),
  )
  return toDetail(ctx, ctx.db, stateOf(ctx, ctx.db, row.id), actor)
}

export const getConsultation: Handler<'consultations.get'> = (ctx, input, call) =>
  toDetail(ctx, ctx.db, stateOf(ctx, ctx.db, input.id), actorOf(call))

export const listConsultations: Handler<'consultations.list'> = (ctx, input) => list(ctx, ctx.db, input)

export const myWork: Handler<'consultations.myWork'> = (ctx, _input, call) =>
  workOf(ctx, ctx.db, actorOf(call))

export const assignees: Handler<'consultations.assignees'> = (ctx) => listAssignees(ctx, ctx.db)

export const assignConsultation: Handler<'consultations.assign'> = (ctx, input, call) => {
  const actor = actorOf(call)
  const row = call.write((tx) =>
    audited(call, assign(ctx, tx, input, actor), { assigneeId: input.assigneeId }),
  )
  return toDetail(ctx, ctx.db, stateOf(ctx, ctx.db, row.id), actor)
}

export const answerConsultation: Handler<'consultations.answer'> = (ctx, input, call) => {
  const actor = actorOf(call)
  const row = call.write((tx) => audited(call, answer(ctx, tx, input, actor)))
  return toDetail(ctx, ctx.db, stateOf(ctx, ctx.db, row.id), actor)
}

export const advanceConsultationHandler: Handler<'consultations.advance'> = (ctx, input, call) => {
  const actor = actorOf(call)
  const row = call.write((tx) =>
    audited(call, advanceConsultation(ctx, tx, input, actor), { stepNo: input.stepNo, action: input.action }),
  )
  return toDetail(ctx, ctx.db, stateOf(ctx, ctx.db, row.id), actor)
}

export const setAttachments: Handler<'consultations.setAttachments'> = (ctx, input, call) => {
  const actor = actorOf(call)
  const row = call.write((tx) =>
    audited(call, setConsultationAttachments(ctx, tx, input), { attachments: input.attachments.length }),
  )
  return toDetail(ctx, ctx.db, stateOf(ctx, ctx.db, row.id), actor)
}

export const consultationOfVisit: Handler<'consultations.ofVisit'> = (ctx, input) => {
  const visit = requireVisit(ctx.db, input.visitId)
  if (!visit.consultationId) return null
  const [hit] = toHits(
    ctx,
    ctx.db,
    consultationStates(ctx, ctx.db, [requireConsultation(ctx.db, visit.consultationId)]),
  )
  return hit ?? null
}

export const setVisitConsultation: Handler<'visits.setConsultation'> = (ctx, input, call) => {
  const visit = call.write((tx) => {
    const linked = linkVisitToConsultation(ctx, tx, input)
    call.audit.detail = {
      visitId: linked.id,
      visitNumber: linked.visitNumber,
      consultationId: input.consultationId,
    }
    return linked
  })
  return visitView(ctx, visit)
}
