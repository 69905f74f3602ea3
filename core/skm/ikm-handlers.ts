import { LoketError } from '../../common/errors'
import type { Handler } from '../handler'
import { officeIkm } from './ikm'

/** The IKM report on screen (issue 12 item 5). */
export const ikmHandler: Handler<'skm.ikm'> = (ctx, input) => {
  if (input.procedureId && !ctx.procedures.latest(input.procedureId))
    throw new LoketError('procedure_not_found')
  return officeIkm(ctx, ctx.db, input)
}
