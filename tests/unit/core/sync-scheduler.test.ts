import { describe, expect, it } from 'vitest'
import { SyncRetry, SyncStop } from '../../../core/sync/errors'
import type { SchedulerClock } from '../../../core/sync/scheduler'
import type { SyncOutcome } from '../../../core/sync/session'
import {
  BACKOFF_MAX_MS,
  DEBOUNCE_MS,
  PERIOD_MS,
  SyncScheduler,
  backoffDelay,
} from '../../../core/sync/scheduler'

/** Timers under the test's control: `advance` runs what falls due, in order. */
function fakeClock(random = 0.5) {
  let time = 0
  let nextId = 1
  const timers = new Map<number, { at: number; fn: () => void }>()
  const clock: SchedulerClock = {
    now: () => time,
    setTimeout: (fn, ms) => {
      const id = nextId++
      timers.set(id, { at: time + ms, fn })
      return id
    },
    clearTimeout: (id) => void timers.delete(id as number),
    random: () => random,
  }
  return {
    clock,
    pending: () => [...timers.values()].map((t) => t.at - time).sort((a, b) => a - b),
    async advance(ms: number) {
      const until = time + ms
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= until)
          .sort((a, b) => a[1].at - b[1].at)[0]
        if (!due) break
        timers.delete(due[0])
        time = due[1].at
        due[1].fn()
        await new Promise((resolve) => setImmediate(resolve))
      }
      time = until
    },
  }
}

const ok = async () => ({ pushed: 0, pulled: 0, changed: [] })

describe('sync scheduler', () => {
  it('runs at start, then every minute', async () => {
    const timers = fakeClock()
    let runs = 0
    const scheduler = new SyncScheduler(async () => (runs++, ok()), undefined, timers.clock)
    scheduler.start()
    await timers.advance(0)
    expect(runs).toBe(1)
    await timers.advance(PERIOD_MS)
    expect(runs).toBe(2)
    scheduler.stop()
    await timers.advance(10 * PERIOD_MS)
    expect(runs).toBe(2)
  })

  it('debounces local writes into one run', async () => {
    const timers = fakeClock()
    let runs = 0
    const scheduler = new SyncScheduler(async () => (runs++, ok()), undefined, timers.clock)
    for (let i = 0; i < 5; i++) {
      scheduler.changed()
      await timers.advance(DEBOUNCE_MS / 4)
    }
    expect(runs).toBe(0)
    await timers.advance(DEBOUNCE_MS)
    expect(runs).toBe(1)
  })

  it('pushes a write made while a round runs soon after it, not at the next minute (issue 9)', async () => {
    const timers = fakeClock()
    let release: () => void = () => undefined
    let runs = 0
    const scheduler = new SyncScheduler(
      async () => {
        runs++
        await new Promise<void>((resolve) => (release = resolve))
        return { pushed: 0, pulled: 0, changed: [] }
      },
      undefined,
      timers.clock,
    )
    const round = scheduler.now()
    scheduler.changed()
    release()
    await round
    expect(timers.pending()[0]).toBe(DEBOUNCE_MS)
    await timers.advance(DEBOUNCE_MS)
    expect(runs).toBe(2)
    release()
    await new Promise((resolve) => setImmediate(resolve))
    expect(timers.pending()).toEqual([PERIOD_MS])
  })

  it('never runs two at once, and runs once more after the current run for what came meanwhile', async () => {
    let release: () => void = () => undefined
    let active = 0
    let most = 0
    let runs = 0
    const scheduler = new SyncScheduler(
      async () => {
        runs++
        active++
        most = Math.max(most, active)
        await new Promise<void>((resolve) => (release = resolve))
        active--
        return { pushed: 0, pulled: 0, changed: [] }
      },
      undefined,
      fakeClock().clock,
    )
    const first = scheduler.now()
    void scheduler.now()
    void scheduler.now()
    release()
    await first
    await new Promise((resolve) => setImmediate(resolve))
    release()
    await new Promise((resolve) => setImmediate(resolve))
    expect(most).toBe(1)
    expect(runs).toBe(2)
  })

  it('backs off from 1 s doubling to 5 min with jitter, and a reconnect retries at once', async () => {
    expect(backoffDelay(1, 1)).toBe(1_000)
    expect(backoffDelay(2, 1)).toBe(2_000)
    expect(backoffDelay(4, 1)).toBe(8_000)
    expect(backoffDelay(30, 1)).toBe(BACKOFF_MAX_MS)
    expect(backoffDelay(30, 0.25)).toBe(BACKOFF_MAX_MS / 4)
    expect(backoffDelay(3, 0)).toBe(500)

    const timers = fakeClock(1)
    let runs = 0
    const states: string[] = []
    const scheduler = new SyncScheduler(
      async () => {
        runs++
        throw new SyncRetry('network down')
      },
      (state) => states.push(state.phase),
      timers.clock,
    )
    scheduler.start()
    await timers.advance(0)
    expect(timers.pending()).toEqual([1_000])
    await timers.advance(1_000)
    expect(timers.pending()).toEqual([2_000])
    expect(scheduler.current).toMatchObject({ phase: 'offline', failures: 2, lastError: 'network down' })
    scheduler.online()
    await timers.advance(0)
    expect(runs).toBe(3)
    expect(states).toContain('syncing')
  })

  it('stops for good on a revoked token or a needed update, until asked again', async () => {
    const timers = fakeClock()
    let answer: () => Promise<SyncOutcome> = async () => {
      throw new SyncStop('revoked', 'token refused')
    }
    const scheduler = new SyncScheduler(() => answer(), undefined, timers.clock)
    scheduler.start()
    await timers.advance(0)
    expect(scheduler.current).toMatchObject({ phase: 'stopped', stopReason: 'revoked' })
    expect(timers.pending()).toEqual([])
    scheduler.changed()
    scheduler.online()
    expect(timers.pending()).toEqual([])
    answer = ok
    expect(await scheduler.now()).toMatchObject({ phase: 'idle', stopReason: null })
  })
})
