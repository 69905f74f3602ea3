import type { Channel } from '../common/channels'
import type { ChannelOutput, ParsedInput } from '../common/contract'
import type { SessionUser } from '../common/auth'
import type { CoreContext } from './context'

/** What the dispatcher tells a handler about the call. */
export interface CallInfo {
  clientKey: string
  /** The signed-in user; null only on public channels. */
  user: SessionUser | null
  /** Filled by a handler to say whom and what its audit entry concerns (never secrets). */
  audit: { userId: string | null; detail: Record<string, unknown> }
}

export type Handler<C extends Channel> = (
  ctx: CoreContext,
  input: ParsedInput<C>,
  call: CallInfo,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>

/** One handler per contract channel; a missing one fails to compile. */
export type Handlers = { [C in Channel]: Handler<C> }
