import { LoketError } from '../../common/errors'
import type { Handler } from '../handler'
import { readMeta } from '../meta/local-meta'

/** Joins this desk to its office on the central server, instead of setting it up on its own. */
export const enroll: Handler<'sync.enroll'> = async (ctx, input, call) => {
  if (readMeta(ctx.db, 'desk_id') !== null) throw new LoketError('setup_already_done')
  call.audit.detail = { serverUrl: input.serverUrl, deskCode: input.deskCode, insecureLan: input.insecureLan }
  return ctx.sync.enroll({ ...input, deskName: `Loket ${input.deskCode}` })
}

export const syncStatus: Handler<'sync.status'> = (ctx) => ctx.sync.status()

export const syncNow: Handler<'sync.now'> = (ctx) => ctx.sync.syncNow()

export const syncRejects: Handler<'sync.rejects'> = (ctx) => ctx.sync.rejects()
