import type { Channel } from '../common/channels'
import type { ChannelOutput, ParsedInput } from '../common/contract'
import type { SessionUser } from '../common/auth'
import type { CoreContext } from './context'
import type { Db } from './db'

/** What the dispatcher tells a handler about the call. */
export interface CallInfo {
  clientKey: string
  /** The signed-in user; null only on public channels. */
  user: SessionUser | null
  /** Filled by a handler to say whom and what its audit entry concerns (never secrets). */
  audit: { userId: string | null; detail: Record<string, unknown> }
  /**
   * Runs a command's writes in one IMMEDIATE transaction together with the command's audit entry
   * (outcome `ok`, with `audit` as it stands when `fn` returns), so a command, its outbox entries
   * and its audit entry commit together or not at all (issue 7: a SIGKILL between two commits left
   * registrations without an audit entry), with one fsync instead of two. If `fn` throws, nothing is
   * kept and the dispatcher audits the refusal on its own. Once per call.
   */
  write<T>(fn: (tx: Db) => T): T
}

export type Handler<C extends Channel> = (
  ctx: CoreContext,
  input: ParsedInput<C>,
  call: CallInfo,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>

/** One handler per contract channel; a missing one fails to compile. */
export type Handlers = { [C in Channel]: Handler<C> }
