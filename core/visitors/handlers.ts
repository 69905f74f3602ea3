import { normalizePhone } from '../../common/phone'
import { maskNik } from '../../common/identity/nik'
import type { VisitorView } from '../../common/visitors'
import type { CoreContext } from '../context'
import type { Handler } from '../handler'
import { readIdentity } from './identity'
import { registerVisitor, requireVisitor, updateVisitor, visitSpan } from './repository'
import type { VisitorRow } from './search-index'
import { searchVisitors } from './search'

async function toView(ctx: CoreContext, visitor: VisitorRow): Promise<VisitorView> {
  const phone = visitor.phone ? normalizePhone(visitor.phone) : null
  const readings = await Promise.all(
    (['nik', 'nip'] as const)
      .filter((kind) => visitor[kind])
      .map((kind) => readIdentity(ctx, kind, visitor[kind] ?? '')),
  )
  return {
    id: visitor.id,
    fullName: visitor.fullName,
    nik: visitor.nik,
    nikMasked: visitor.nik ? maskNik(visitor.nik) : null,
    nip: visitor.nip,
    phone: visitor.phone,
    phoneDisplay: phone?.ok ? phone.value.national : visitor.phone,
    email: visitor.email,
    organization: visitor.organization,
    position: visitor.position,
    address: visitor.address,
    consentAt: visitor.consentAt,
    ...visitSpan(ctx.db, visitor.id),
    identities: readings.flatMap((answer) => (answer.ok ? [answer.reading] : [])),
  }
}

export const searchVisitorsHandler: Handler<'visitors.search'> = (ctx, input) =>
  searchVisitors(ctx.db, input.query, input.limit)

export const getVisitor: Handler<'visitors.get'> = (ctx, input) =>
  toView(ctx, requireVisitor(ctx.db, input.id))

export const registerVisitorHandler: Handler<'visitors.register'> = (ctx, input, call) => {
  const visitor = call.write((tx) => {
    const registered = registerVisitor(tx, input, ctx.now())
    // The audit names the record, never the NIK itself.
    call.audit.detail = { visitorId: registered.id }
    return registered
  })
  return toView(ctx, visitor)
}

export const updateVisitorHandler: Handler<'visitors.update'> = (ctx, input, call) => {
  const { id, ...fields } = input
  call.audit.detail = { visitorId: id }
  const visitor = call.write((tx) => updateVisitor(tx, id, fields, ctx.now()))
  return toView(ctx, visitor)
}

export const inspectIdentity: Handler<'identity.inspect'> = (ctx, input) =>
  readIdentity(ctx, input.kind, input.number)
