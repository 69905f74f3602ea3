import type { Channel } from './channels'
import type { RpcResult } from './errors'

/**
 * The one object the renderer sees as `window.loket`: the Electron preload exposes it over IPC,
 * the web host's HTTP bridge implements the same shape. Results are never thrown across it.
 */
export interface LoketBridge {
  invoke(channel: Channel, input: unknown): Promise<RpcResult<unknown>>
}
