import { describe, expect, it } from 'vitest'
import { DEFAULT_WEEK_HOURS } from '../../../common/calendar/office-hours'
import { centralForFile, enrolledDesk, officeWithStaff } from '../../helpers/office'

/**
 * Office hours, special periods and the display language are office settings (issue 8, faults 1
 * and 10): on an enrolled desk the administrator changes them on the central server, and every
 * desk of the office pulls them and counts its deadlines with them.
 */
const suite = centralForFile()
const { desks } = suite

describe('office hours and display language on enrolled desks', () => {
  it('go to the central server in the administrator’s name and reach every desk', async () => {
    const officeId = await officeWithStaff(suite.central, 'Kantor Jam Kerja')
    const a = await enrolledDesk(suite.central, desks, officeId, 'LK1')
    const b = await enrolledDesk(suite.central, desks, officeId, 'LK2')
    expect(await b.call('settings.get', {})).toMatchObject({
      officeHours: DEFAULT_WEEK_HOURS,
      displayLanguage: 'id',
    })

    const officeHours = { ...DEFAULT_WEEK_HOURS, sat: { opens: '08:00', closes: '12:00' } }
    const specialHours = [
      {
        from: '2027-02-08',
        to: '2027-03-09',
        name: 'Ramadan 1448 H',
        hours: { ...DEFAULT_WEEK_HOURS, mon: { opens: '08:00', closes: '15:00' } },
      },
    ]
    expect((await a.fail('settings.update', { officeHours })).code).toBe('central_confirm_required')
    await a.call('admin.confirm', { password: 'sandi-sari-1' })
    await a.call('settings.update', { officeHours, specialHours, displayLanguage: 'en' })
    await b.call('sync.now', {})
    expect(await b.call('settings.get', {})).toMatchObject({
      officeHours,
      specialHours,
      displayLanguage: 'en',
    })
    expect((await b.call('queue.display', {})).language).toBe('en')

    // Saved again unchanged: the desk compares by value and sends nothing.
    const view = await a.call('settings.get', {})
    await a.call('settings.update', view)

    // Hours that close before they open are refused field by field (desk and server share the schema).
    await a.call('admin.confirm', { password: 'sandi-sari-1' })
    const refused = await a.fail('settings.update', {
      officeHours: { ...officeHours, mon: { opens: '16:00', closes: '07:30' } },
    })
    expect(refused.code).toBe('validation_failed')
  })
})
