import type { CoreEvent, Topic } from '../../common/channels'

export type CoreListener = (event: CoreEvent) => void

/**
 * The core's events, to its host (the Electron main process sends them to every window; the web
 * host streams them to every tab). Synchronous and in order; a listener that throws is reported
 * and the others still hear the event; the emitter (a command that has committed) never sees it.
 */
export class CoreEvents {
  private readonly listeners = new Set<CoreListener>()

  constructor(private readonly logError: (error: unknown, where: string) => void = () => undefined) {}

  /** Never back to the emitter: a command that committed must not be answered as failed. */
  private report(error: unknown): void {
    try {
      this.logError(error, 'event listener')
    } catch {
      // The log itself failed; the event still reached the other listeners.
    }
  }

  /** Calls `listener` with every event from now on; returns what stops it. */
  subscribe(listener: CoreListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Tells every listener that these topics changed; nothing when the list is empty. */
  emit(topics: Iterable<Topic>): void {
    const unique = [...new Set(topics)]
    if (unique.length === 0) return
    for (const listener of [...this.listeners]) {
      try {
        listener({ topics: unique })
      } catch (error) {
        this.report(error)
      }
    }
  }
}
