import { LoketError } from '../../common/errors'
import type { CallInfo, Handler } from '../handler'
import { visitView } from '../visits/service'
import { requireVisit } from '../visits/store'
import { lookupComplaints } from './lookup'
import {
  complaintDetail,
  linkLaporId,
  overdueComplaints,
  registerComplaint,
  setVisitComplaint,
  suggestForVisit,
} from './service'

/** The acting user (the dispatcher has checked the role already). */
function userOf(call: CallInfo): string {
  if (!call.user) throw new LoketError('unauthenticated')
  return call.user.id
}

export const lookupComplaintsHandler: Handler<'complaints.lookup'> = (ctx, input) =>
  lookupComplaints(ctx.db, input.query, input.limit, ctx.now())

export const getComplaint: Handler<'complaints.get'> = (ctx, input) => complaintDetail(ctx, input.id)

export const registerComplaintHandler: Handler<'complaints.register'> = (ctx, input, call) => {
  const complaint = call.write((tx) => {
    const row = registerComplaint(ctx, tx, input, userOf(call))
    call.audit.detail = {
      complaintId: row.id,
      number: row.number,
      visitId: row.visitId,
      channel: row.channel,
    }
    return row
  })
  return complaintDetail(ctx, complaint.id)
}

export const linkLaporHandler: Handler<'complaints.linkLapor'> = (ctx, input, call) => {
  const complaint = call.write((tx) => {
    const row = linkLaporId(ctx, tx, input.complaintId, input.laporTrackingId)
    call.audit.detail = { complaintId: row.id, number: row.number, laporTrackingId: row.laporTrackingId }
    return row
  })
  return complaintDetail(ctx, complaint.id)
}

export const overdueComplaintsHandler: Handler<'complaints.overdue'> = (ctx, input) =>
  overdueComplaints(ctx, input.limit)

export const suggestComplaints: Handler<'complaints.suggest'> = (ctx, input) =>
  suggestForVisit(ctx, input.visitId)

export const complaintOfVisit: Handler<'complaints.ofVisit'> = (ctx, input) => {
  const visit = requireVisit(ctx.db, input.visitId)
  return visit.complaintId ? complaintDetail(ctx, visit.complaintId) : null
}

export const setVisitComplaintHandler: Handler<'visits.setComplaint'> = (ctx, input, call) => {
  const visit = call.write((tx) => {
    const row = setVisitComplaint(ctx, tx, input.visitId, input.complaintId)
    call.audit.detail = { visitId: row.id, visitNumber: row.visitNumber, complaintId: row.complaintId }
    return row
  })
  return visitView(ctx, visit)
}
