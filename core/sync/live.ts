import { EventSource } from 'eventsource'
import { EVENTS_PATH, LIVE_EVENTS, SYNC_API } from '../../common/sync-protocol'
import type { SyncTarget } from './push'
import type { Fetch } from './transport'

/** An open stream of news from the central server; close() ends it for good. */
export interface LiveChannel {
  close(): void
  /** False once the server refused the stream (a revoked token) or it was closed. */
  readonly open: boolean
}

/**
 * Listens to the central server's news that the office's log has grown (server-sent events at
 * EVENTS_PATH, docs/SYNC-PROTOCOL.md) and calls `onNews` on each, and on connecting again after a
 * drop, so the desk pulls at once instead of at its next minute (issue 9). Through the desk's own fetch (the
 * tests' fault proxy sits there), with its bearer token. A dropped stream is reconnected by the
 * EventSource rules (after a few seconds, or as the server's `retry` says); a refused one (401,
 * 404 from an older server) stays closed and `open` turns false: the minute's pull still runs and
 * finds out why.
 */
export function openLiveChannel(target: SyncTarget, fetchImpl: Fetch, onNews: () => void): LiveChannel {
  const url = new URL(`${SYNC_API}${EVENTS_PATH}`, target.serverUrl).toString()
  const source = new EventSource(url, {
    fetch: (input, init) =>
      fetchImpl(String(input), {
        ...init,
        headers: { ...init.headers, authorization: `Bearer ${target.token}` },
      }),
  })
  // The stream is opened after a round that went through: only a reconnection (after a drop, in
  // which news may have been lost) is a reason to pull on `ready`.
  let connectedBefore = false
  source.addEventListener(LIVE_EVENTS.ready, () => {
    if (connectedBefore) onNews()
    connectedBefore = true
  })
  source.addEventListener(LIVE_EVENTS.changes, onNews)
  return {
    close: () => source.close(),
    get open() {
      return source.readyState !== EventSource.CLOSED
    },
  }
}
