import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { IkmPeriod } from '../../../common/ikm/periods'
import { previousPeriods } from '../../../common/ikm/periods'
import type { PeriodSums } from '../../../common/ikm/report'
import { IkmReport, buildIkmReport } from '../../../common/ikm/report'
import { skmQuestionnaire } from '../../../common/skm'
import { DocumentEngine } from '../../../core/documents/engine'
import type { IkmReportInput } from '../../../core/documents/ikm-report'
import { ikmReportDefinition } from '../../../core/documents/ikm-report'

/**
 * Issue 12: the IKM report printed in the core on A4 portrait from the same IkmReport the screen
 * reads: the period, the service, the regulation, every element's NRR, the IKM with a decimal
 * comma and its grade, the sample against Krejcie–Morgan, the weakest elements and the trend; a
 * period without respondents says so and prints no IKM.
 */
const run = promisify(execFile)
const engine = new DocumentEngine(join(process.cwd(), 'resources', 'fonts'))
const dir = mkdtempSync(join(tmpdir(), 'loket-ikm-'))
const q = skmQuestionnaire()
const flat = (text: string) => text.replace(/\s+/g, ' ')
const said = async (file: string) => flat((await run('pdftotext', ['-raw', file, '-'])).stdout)

async function draw(name: string, input: IkmReportInput): Promise<string> {
  const file = join(dir, `${name}.pdf`)
  writeFileSync(file, await engine.render(ikmReportDefinition(input)))
  return file
}

const QUARTER: IkmPeriod = { kind: 'quarter', year: 2026, index: 1 }
const none: PeriodSums = { respondents: 0, sums: Array<number>(9).fill(0) }

/**
 * Triwulan I 2026 of a Solok office: 24 sheets summing 763 (100·IKM = 1 907 500/216 = 8831.02 →
 * 88,31, the least A), 27 visits served (Krejcie–Morgan 3841·27/4101 = 25.29 → 25: met? 24 < 25,
 * no); the trend has 2025's Q1 and Q2 (no one), Q3 (2 sheets, 86,11 B) and Q4 (19 sheets, 88,30 B).
 */
function report(current: PeriodSums, population: number): IkmReport {
  const [q4, q3, q2, q1] = previousPeriods(QUARTER, 4)
  if (!q1 || !q2 || !q3 || !q4) throw new Error('four periods back')
  return IkmReport.parse(
    buildIkmReport({
      period: QUARTER,
      procedureId: 'proc-1',
      serviceName: {
        id: 'Rekomendasi pencairan dana nagari',
        en: 'Village fund disbursement recommendation',
      },
      questionnaire: q,
      current,
      population,
      trend: [
        { period: q1, sums: none },
        { period: q2, sums: none },
        { period: q3, sums: { respondents: 2, sums: [7, 6, 8, 7, 7, 6, 8, 5, 8] } },
        { period: q4, sums: { respondents: 19, sums: [70, 69, 68, 67, 67, 66, 66, 66, 65] } },
      ],
      otherVersions: [],
    }),
  )
}

const INPUT: IkmReportInput = {
  office: {
    officeName: 'Dinas Pemberdayaan Masyarakat dan Nagari',
    officeAddress: 'Jl. Prof. M. Yamin No. 5, Arosuka, Kabupaten Solok',
    letterheadLogo: null,
    timeZone: 'Asia/Jakarta',
  },
  report: report({ respondents: 24, sums: [90, 88, 86, 85, 84, 84, 83, 82, 81] }, 27),
  documentNumber: 'IKM/LK1/20260402/0001',
  printedAt: Date.UTC(2026, 3, 2, 3, 15),
  copy: false,
}

describe('the printed IKM report', () => {
  it('is A4 with the letterhead, period, service, regulation, IKM 88,31 grade A and every element', async () => {
    const file = await draw('report', INPUT)
    const info = (await run('pdfinfo', [file])).stdout
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/)
    expect(info).toMatch(/Pages:\s+1\n/)
    const text = await said(file)
    for (const part of [
      'DINAS PEMBERDAYAAN MASYARAKAT DAN NAGARI',
      'LAPORAN INDEKS KEPUASAN MASYARAKAT (IKM)',
      'Periode Triwulan I 2026 (1 Januari 2026 – 31 Maret 2026)',
      'Layanan Rekomendasi pencairan dana nagari',
      'Kuesioner menurut PermenPANRB No. 14 Tahun 2017',
      'NILAI IKM MUTU PELAYANAN KINERJA UNIT PELAYANAN',
      '88,31 A Sangat baik',
      'Jumlah responden 24 orang',
      'Populasi (kunjungan selesai dilayani) 27 kunjungan',
      'Sampel minimum (Krejcie & Morgan, 1970) 25 orang',
      'Kecukupan sampel Belum terpenuhi',
      'No Unsur pelayanan NRR NRR tertimbang',
      // 90/24 = 3.75, × 1/9 = 0.4166… → 0,417; Σ 763/216 = 3.532…
      '1 U1 Persyaratan 3,75 0,417',
      '9 U9 Sarana dan prasarana 3,38 0,375',
      'Jumlah NRR tertimbang 3,532',
      'UNSUR DENGAN NILAI TERENDAH',
      '1. U9 Sarana dan prasarana (NRR 3,38)',
      '2. U8 Penanganan pengaduan, saran dan masukan (NRR 3,42)',
      '3. U7 Perilaku pelaksana (NRR 3,46)',
      'PERKEMBANGAN IKM',
      'Periode Responden IKM Mutu pelayanan',
      'Triwulan II 2025 0 — —',
      'Triwulan III 2025 2 86,11 B',
      'Triwulan IV 2025 19 88,30 B',
      'Triwulan I 2026 24 88,31 A',
      'Dok. IKM/LK1/20260402/0001',
      'Dicetak Kamis, 2 April 2026 10.15 WIB',
      'Halaman 1 dari 1',
    ]) {
      expect(text).toContain(part)
    }
    for (const element of q.elements) expect(text).toContain(`${element.id} ${element.name.id}`)
    expect(text).not.toContain('88.31')
    expect(text).not.toContain('SALINAN')
    expect(text).not.toContain('Belum ada responden')
  })

  it('says when the sample is met, and prints the whole office, thousands and other versions', async () => {
    const file = await draw('office', {
      ...INPUT,
      report: {
        ...report({ respondents: 2, sums: [7, 6, 8, 7, 7, 6, 8, 5, 8] }, 2),
        procedureId: null,
        serviceName: null,
        population: 1250,
        otherVersions: [{ version: 'permenpanrb-99-2099', respondents: 3 }],
      },
      copy: true,
    })
    const text = await said(file)
    expect(text).toContain('Layanan Seluruh layanan kantor')
    expect(text).toContain('86,11 B Baik')
    expect(text).toContain('Populasi (kunjungan selesai dilayani) 1.250 kunjungan')
    expect(text).toContain('permenpanrb-99-2099 (3 responden)')
    expect(text).toContain('SALINAN')
    const met = await said(
      await draw('met', {
        ...INPUT,
        report: report({ respondents: 24, sums: INPUT.report.elements.map(() => 72) }, 24),
      }),
    )
    expect(met).toContain('Kecukupan sampel Terpenuhi')
  })

  it('prints a period without respondents as such, with no IKM and no grade', async () => {
    const file = await draw('empty', { ...INPUT, report: report(none, 0) })
    const info = (await run('pdfinfo', [file])).stdout
    expect(info).toMatch(/\(A4\)/)
    const text = await said(file)
    expect(text).toContain('Belum ada responden pada periode ini, sehingga IKM tidak dapat dihitung.')
    expect(text).toContain('Jumlah responden 0 orang')
    expect(text).toContain('Sampel minimum (Krejcie & Morgan, 1970) 0 orang')
    expect(text).toContain('Kecukupan sampel Belum terpenuhi')
    expect(text).toContain('1 U1 Persyaratan — —')
    expect(text).toContain('Jumlah NRR tertimbang —')
    expect(text).toContain('Triwulan I 2026 0 — —')
    expect(text).not.toContain('NILAI IKM')
    expect(text).not.toContain('Sangat baik')
    for (const element of q.elements) expect(text).toContain(element.name.id)
  })
})
