import type { CoreEventListener, LoketBridge } from '../../../common/bridge'
import type { Channel } from '../../../common/channels'
import type { ChannelInput, ChannelOutput } from '../../../common/contract'
import type { RpcError } from '../../../common/errors'
import { LoketError } from '../../../common/errors'
import { createHttpBridge } from './http-bridge'

declare global {
  interface Window {
    /** Provided by the Electron preload; absent in a plain browser (the web host). */
    loket?: LoketBridge
  }
}

const bridge: LoketBridge = window.loket ?? createHttpBridge()

/** A refused call, carrying the core's code and its messages in both languages. */
export class RpcCallError extends Error {
  constructor(readonly error: RpcError) {
    super(error.code)
    this.name = 'RpcCallError'
  }
}

/** The only way the UI reaches the core; typed from common/contract.ts. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await bridge.invoke(channel, input)
  if (!result.ok) throw new RpcCallError(result.error)
  return result.value as ChannelOutput<C>
}

/** Hears the core's events (TOPICS in common/channels.ts) until the returned function is called. */
export function subscribeToCore(listener: CoreEventListener): () => void {
  return bridge.subscribe(listener)
}

/** The core's refusal, or an unexpected failure as the core's generic error. */
export function asRpcError(error: unknown): RpcError {
  return error instanceof RpcCallError ? error.error : new LoketError('internal_error').toRpcError()
}
