import { describe, expect, it } from 'vitest'
import { OFFICE_CHANGES_CHANNEL, OfficeFeed, openOfficeFeed } from '../../../server/live/office-feed'

describe('the office feed (issue 9)', () => {
  it("tells the office's other desks, not the desk whose changes they are, nor other offices", () => {
    const feed = new OfficeFeed()
    const told: string[] = []
    const stopA = feed.subscribe('office-1', 'desk-a', () => told.push('a'))
    feed.subscribe('office-1', 'desk-b', () => told.push('b'))
    feed.subscribe('office-2', 'desk-c', () => told.push('c'))
    feed.notify('office-1', 'desk-a')
    expect(told).toEqual(['b'])
    feed.notify('office-1', 'central')
    expect(told).toEqual(['b', 'a', 'b'])
    stopA()
    expect(feed.connections).toBe(2)
    feed.notifyAll()
    expect(told).toEqual(['b', 'a', 'b', 'b', 'c'])
  })

  it('reads the NOTIFY payload (office, origin) and tells every desk after a gap', async () => {
    let payloadOf: (payload: string) => void = () => undefined
    let gap: () => void = () => undefined
    const { feed } = await openOfficeFeed({
      listen: async (channel, onPayload, onGap) => {
        expect(channel).toBe(OFFICE_CHANGES_CHANNEL)
        payloadOf = onPayload
        gap = onGap
        return async () => undefined
      },
    })
    const told: string[] = []
    feed.subscribe('office-1', 'desk-a', () => told.push('a'))
    feed.subscribe('office-1', 'desk-b', () => told.push('b'))
    payloadOf('office-1 desk-b')
    expect(told).toEqual(['a'])
    gap()
    expect(told).toEqual(['a', 'a', 'b'])
  })
})
