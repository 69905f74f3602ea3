import type { Handler } from '../handler'
import { confirmAdministrator } from './office'

export const confirmHandler: Handler<'admin.confirm'> = (ctx, input, call) =>
  confirmAdministrator(ctx, call, input.password)
