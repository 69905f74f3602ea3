import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { DailyLogInput, LogLine } from '../../../core/documents/daily-log'
import { dailyLogDefinition } from '../../../core/documents/daily-log'
import { DocumentEngine } from '../../../core/documents/engine'

/**
 * Issue 10: the daily visitor log on A4 landscape, of any length: 2,000 visits of one busy day run
 * over many pages, each with the column heading and its page count, NIKs masked throughout.
 */
const run = promisify(execFile)
const engine = new DocumentEngine(join(process.cwd(), 'resources', 'fonts'))
const dir = mkdtempSync(join(tmpdir(), 'loket-log-'))
/** Tuesday 1 December 2026, 07:30 WIB. */
const OPEN = Date.UTC(2026, 11, 1, 0, 30)

function line(i: number): LogLine {
  return {
    queueNumber: `A-${String(i + 1).padStart(3, '0')}`,
    visitNumber: `LK${(i % 4) + 1}-20261201-${String(i + 1).padStart(4, '0')}`,
    arrivedAt: OPEN + i * 15_000,
    visitorName: i % 2 === 0 ? `Siti Nur'aini ${i}` : `Yusuf Maulana ${i}`,
    nikMasked: '3201••••••••0098',
    service: 'Pelayanan pengaduan masyarakat: menanyakan progres pengaduan',
    counter: `LK${(i % 4) + 1}`,
    status: i % 10 === 0 ? 'Dibatalkan' : 'Selesai',
    finishedAt: i % 10 === 0 ? null : OPEN + i * 15_000 + 20 * 60_000,
    enteredLate: i === 3,
  }
}

/** An audit chain's head as core/audit/chain.ts gives it (64 hex digits). */
const HEAD = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'

const flat = (text: string) => text.replace(/\s+/g, ' ')

const LOG = (lines: LogLine[]): DailyLogInput => ({
  office: {
    officeName: 'Dinas Pemberdayaan Masyarakat dan Nagari',
    officeAddress: 'Jl. Prof. M. Yamin No. 5, Arosuka, Kabupaten Solok',
    letterheadLogo: null,
    timeZone: 'Asia/Jakarta',
  },
  day: OPEN,
  lines,
  documentNumber: 'BTH/20261201/0001',
  printedAt: Date.UTC(2026, 11, 1, 9, 5),
  auditHead: HEAD,
})

describe('the daily visitor log', () => {
  it('lists 2,000 visits of a day on A4 landscape pages, each with its heading and page count', async () => {
    const file = join(dir, 'busy.pdf')
    writeFileSync(
      file,
      await engine.render(dailyLogDefinition(LOG(Array.from({ length: 2000 }, (_, i) => line(i))))),
    )
    const info = (await run('pdfinfo', [file])).stdout
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/)
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
    expect(pages).toBeGreaterThan(20)
    const said = (await run('pdftotext', ['-raw', file, '-'])).stdout
    expect(said).toContain('BUKU TAMU HARIAN')
    expect(said).toContain('Selasa, 1 Desember 2026 · 2000 pengunjung')
    expect(said).toContain('Selesai (susulan)')
    expect(said).toContain(`Halaman ${pages} dari ${pages}`)
    // The heading again on the last page, and the last visit there.
    const last = (await run('pdftotext', ['-raw', '-f', String(pages), '-l', String(pages), file, '-']))
      .stdout
    expect(last).toContain('No. kunjungan')
    expect(last).toContain('A-2000')
    expect(said).not.toMatch(/\b3201\d{12}\b/)
    // The audit chain's head leaves the database on paper (issue 13), in four readable groups.
    expect(flat(last)).toContain(`audit loket ini saat dicetak: ${HEAD.match(/.{16}/g)?.join(' ')}`)
  })

  it('says so on a day with no visitor', async () => {
    const file = join(dir, 'empty.pdf')
    writeFileSync(file, await engine.render(dailyLogDefinition(LOG([]))))
    expect((await run('pdftotext', ['-raw', file, '-'])).stdout).toContain(
      'Tidak ada pengunjung pada hari ini.',
    )
  })
})
