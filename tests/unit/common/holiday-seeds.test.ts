import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HolidaySeed } from '../../../common/holidays'

/**
 * Every calendar shipped in resources/holidays/<year>.json: it parses as a seed, cites its
 * decree, and holds only days of its own year, each once, with the national holidays fixed by
 * date (Keppres on hari-hari libur) present whatever the decree says about the moving ones.
 */
const DIR = resolve(import.meta.dirname, '../../../resources/holidays')
const FILES = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
const FIXED_DATES = ['01-01', '05-01', '06-01', '08-17', '12-25'] as const

function load(file: string): HolidaySeed {
  return HolidaySeed.parse(JSON.parse(readFileSync(resolve(DIR, file), 'utf8')))
}

describe('shipped holiday seeds', () => {
  it('ships 2026 and 2027', () => {
    expect(FILES).toEqual(expect.arrayContaining(['2026.json', '2027.json']))
  })

  describe.each(FILES)('%s', (file) => {
    const seed = load(file)

    it('is named after its year and cites its source', () => {
      expect(file).toBe(`${seed.year}.json`)
      expect(seed.source.trim()).not.toBe('')
    })

    it('holds only dates of its own year, each once', () => {
      const dates = seed.holidays.map((holiday) => holiday.date)
      for (const date of dates) expect(date.startsWith(`${seed.year}-`), date).toBe(true)
      expect(new Set(dates).size).toBe(dates.length)
    })

    it('has every national holiday fixed by date', () => {
      for (const monthDay of FIXED_DATES) {
        const day = seed.holidays.find((holiday) => holiday.date === `${seed.year}-${monthDay}`)
        expect(day?.kind, monthDay).toBe('national')
      }
    })

    it('names every day', () => {
      for (const holiday of seed.holidays) expect(holiday.name.trim(), holiday.date).not.toBe('')
    })
  })

  it('2027 matches the joint decree: 18 national holidays and 8 days of cuti bersama', () => {
    const seed = load('2027.json')
    expect(seed.source).toContain('Nomor 1205 Tahun 2026, Nomor 3 Tahun 2026, Nomor 2 Tahun 2026')
    const byKind = (kind: string) =>
      seed.holidays.filter((holiday) => holiday.kind === kind).map((h) => h.date)
    expect(byKind('national')).toHaveLength(18)
    expect(byKind('cuti_bersama')).toEqual([
      '2027-02-05',
      '2027-03-09',
      '2027-03-12',
      '2027-03-15',
      '2027-03-25',
      '2027-05-18',
      '2027-05-19',
      '2027-12-24',
    ])
  })
})
