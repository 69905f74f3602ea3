import type { Channel } from '../../../common/channels'
import type { ChannelInput, ChannelOutput } from '../../../common/contract'
import { useCentralConfirm } from '../stores/central-confirm'
import { RpcCallError, call } from './client'

/**
 * A call that an enrolled desk makes on the central server in the administrator's name (office
 * settings, desk code, days off): when the core answers `central_confirm_required`, the password
 * prompt opens (CentralConfirmModal), and once the server accepted the password the same call is
 * made again. Cancelled, the refusal stands and the form keeps what was typed.
 */
export async function callConfirmed<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  try {
    return await call(channel, input)
  } catch (error) {
    if (!(error instanceof RpcCallError) || error.error.code !== 'central_confirm_required') throw error
    if (!(await useCentralConfirm.getState().ask())) throw error
    return call(channel, input)
  }
}
