import { describe, expect, it } from 'vitest'
import {
  ComplaintRegisterInput,
  LaporTrackingId,
  formatComplaintNumber,
  isComplaintNumber,
} from '../../../common/complaints/complaint'

/**
 * Issue 11: a complaint registered at the desk gets a local number at once (per desk per office
 * day, like visit numbers) and can carry its LAPOR! tracking ID, an opaque string, typed or scanned.
 */
describe('a complaint’s numbers', () => {
  it('are per desk and office day, and read back as typed or scanned', () => {
    const number = formatComplaintNumber('LK1', '2026-12-01', 7)
    expect(number).toBe('ADU-LK1-20261201-0007')
    for (const typed of [number, ' adu-lk1-20261201-0007\n', '\u200bADU-LK1-20261201-0007']) {
      expect(isComplaintNumber(typed), JSON.stringify(typed)).toBe(true)
    }
    // A visit number, a date that is none, another prefix: not a complaint's number.
    for (const other of ['LK1-20261201-0007', 'ADU-LK1-20260231-0001', 'ADX-LK1-20261201-0001', 'ADU-']) {
      expect(isComplaintNumber(other), other).toBe(false)
    }
    expect(() => formatComplaintNumber('lk1', '2026-12-01', 1)).toThrow(RangeError)
  })

  it('take a LAPOR! tracking ID as an opaque word, refusing spaces and control characters with a reason', () => {
    expect(LaporTrackingId.parse(' 8765432\u200b ')).toBe('8765432')
    expect(LaporTrackingId.parse('LAP-2026/12/0042')).toBe('LAP-2026/12/0042')
    expect(LaporTrackingId.safeParse('876 5432').error?.issues[0]?.message).toBe('tracking_id_format')
    expect(LaporTrackingId.safeParse('87\u0000').error?.issues[0]?.message).toBe('text_unsafe')
    expect(LaporTrackingId.safeParse('').error?.issues[0]?.message).toBe('required')
  })
})

describe('a complaint registered at the desk', () => {
  it('names its complainant by visitor or by name alone, and says what is missing', () => {
    expect(
      ComplaintRegisterInput.parse({
        channel: 'walk_in',
        complainant: { visitorId: 'v1' },
        subject: ' Jalan rusak ',
      }),
    ).toEqual({
      channel: 'walk_in',
      complainant: { visitorId: 'v1' },
      subject: 'Jalan rusak',
      category: '',
      classification: 'pengaduan',
    })
    expect(
      ComplaintRegisterInput.safeParse({ channel: 'letter', complainant: { name: 'Budi' }, subject: 'x' })
        .success,
    ).toBe(true)
    const missing = ComplaintRegisterInput.safeParse({ channel: 'fax', complainant: {}, subject: '  ' })
    expect(missing.error?.issues.map((i) => [i.path.join('.'), i.message]).sort()).toEqual(
      [
        ['channel', 'invalid_choice'],
        ['complainant', expect.any(String)],
        ['subject', 'required'],
      ].sort(),
    )
  })
})
