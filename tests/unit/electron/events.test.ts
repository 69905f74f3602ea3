import { describe, expect, it, vi } from 'vitest'
import type { WebContents } from 'electron'
import type { CoreEvent } from '../../../common/channels'
import { forwardCoreEvents } from '../../../electron/main/events'

function contents(url: string, destroyed = false) {
  return { getURL: () => url, isDestroyed: () => destroyed, send: vi.fn() }
}

describe('forwardCoreEvents', () => {
  it('sends each event to the app’s own windows only, until stopped', () => {
    const listeners = new Set<(event: CoreEvent) => void>()
    const subscribe = (next: (event: CoreEvent) => void) => {
      listeners.add(next)
      return () => listeners.delete(next)
    }
    const desk = contents('file:///app/out/renderer/index.html#/queue')
    const display = contents('file:///app/out/renderer/index.html#/display')
    const stranger = contents('https://example.com/')
    const closed = contents('file:///app/out/renderer/index.html', true)
    const all = [desk, display, stranger, closed] as unknown as WebContents[]
    const stop = forwardCoreEvents(
      subscribe,
      () => all,
      (url) => url.startsWith('file:///app/'),
    )

    for (const listener of listeners) listener({ topics: ['visits'] })
    expect(desk.send).toHaveBeenCalledWith('loket-events', { topics: ['visits'] })
    expect(display.send).toHaveBeenCalledWith('loket-events', { topics: ['visits'] })
    expect(stranger.send).not.toHaveBeenCalled()
    expect(closed.send).not.toHaveBeenCalled()
    stop()
    expect(listeners.size).toBe(0)
  })
})
