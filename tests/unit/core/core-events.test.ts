import { afterEach, describe, expect, it } from 'vitest'
import type { CoreEvent } from '../../../common/channels'
import { CHANNELS } from '../../../common/channels'
import { contract } from '../../../common/contract'
import type { TempCore } from '../../helpers/temp-core'
import { SETUP, tempCore, visitorInput } from '../../helpers/temp-core'

let desk: TempCore
afterEach(() => desk?.dispose())

/**
 * Issue 9: the core tells its windows what a command changed, so every screen that shows it asks
 * again (the board in another window, the waiting-room display). Events from changes pulled from
 * the central server are in tests/integration/sync/live.test.ts.
 */
describe('the core’s events', () => {
  it('tells of each command that went through, with the topics its contract entry names', async () => {
    desk = tempCore()
    const heard: CoreEvent[] = []
    desk.core.events.subscribe((event) => heard.push(event))
    await desk.call('setup.run', SETUP)
    await desk.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
    heard.length = 0

    const visitor = await desk.call('visitors.register', visitorInput({ fullName: 'Dewi Lestari' }))
    expect(heard).toEqual([{ topics: ['visitors'] }])
    await desk.call('visits.start', {
      visitorId: visitor.id,
      purpose: 'complaint_progress',
      procedureId: 'pengaduan-progres-tatap-muka',
    })
    expect(heard.at(-1)).toEqual({ topics: ['visits'] })
  })

  it('says nothing of a refused command or of a query', async () => {
    desk = tempCore()
    await desk.call('setup.run', SETUP)
    await desk.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
    const heard: CoreEvent[] = []
    desk.core.events.subscribe((event) => heard.push(event))
    await desk.fail('visits.call', { visitId: 'no-such-visit' })
    await desk.call('visits.board', {})
    expect(heard).toEqual([])
  })

  it('keeps telling the others when one listener throws', async () => {
    desk = tempCore()
    const heard: CoreEvent[] = []
    desk.core.events.subscribe(() => {
      throw new Error('a window that went away badly')
    })
    desk.core.events.subscribe((event) => heard.push(event))
    await desk.call('setup.run', SETUP)
    expect(heard).toEqual([{ topics: ['office', 'users', 'calendar'] }])
  })

  it('names, for every query, what its answer is made of, and every command that writes, what it changes', () => {
    // A query with no topic would never be asked again: only what cannot change may have none.
    // The SKM questionnaires are shipped with the build (common/skm.ts): a new regulation is a new build.
    const constant = ['procedures.list', 'identity.inspect', 'skm.questionnaire']
    for (const channel of CHANNELS) {
      const { kind, topics } = contract[channel]
      if (kind === 'query' && !constant.includes(channel)) expect(topics, channel).not.toHaveLength(0)
    }
  })
})
