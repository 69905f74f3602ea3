import type { HttpAnswer } from './transport'

/** Sync cannot go on until someone acts (token revoked, app too old); the desk keeps working offline. */
export class SyncStop extends Error {
  constructor(
    readonly reason: 'revoked' | 'upgrade_required' | 'outbox_gap' | 'not_enrolled',
    detail: string,
  ) {
    super(`${reason}: ${detail}`)
    this.name = 'SyncStop'
  }
}

/** A passing failure (network, 429, 5xx): try again later with backoff. */
export class SyncRetry extends Error {
  constructor(detail: string) {
    super(detail)
    this.name = 'SyncRetry'
  }

  /** What an unexpected HTTP answer means for the desk. */
  static orStop(answer: HttpAnswer): SyncRetry | SyncStop {
    if (answer.status === 401) return new SyncStop('revoked', 'the server refused this desk token')
    if (answer.status === 426) return new SyncStop('upgrade_required', 'the server needs a newer Loket')
    return new SyncRetry(`server answered ${answer.status}`)
  }
}
