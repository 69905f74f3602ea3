import type { Handler } from '../handler'

export const listProcedures: Handler<'procedures.list'> = (ctx) => ctx.procedures.current()
