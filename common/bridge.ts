import type { Channel } from './channels'
import type { RpcResult } from './errors'
import type { CoreEvent } from './channels'

/** Hears the core's events (common/channels.ts). */
export type CoreEventListener = (event: CoreEvent) => void

/**
 * The one object the renderer sees as `window.loket`: the Electron preload exposes it over IPC,
 * the web host's HTTP bridge implements the same shape. Results are never thrown across it.
 */
export interface LoketBridge {
  invoke(channel: Channel, input: unknown): Promise<RpcResult<unknown>>
  /**
   * Calls `listener` with each event of the core (what changed; never data) until the returned
   * function is called. Where the carrier can drop (the web host's stream), a reconnection is told
   * as an event of every topic, since what changed meanwhile is unknown.
   */
  subscribe(listener: CoreEventListener): () => void
}
