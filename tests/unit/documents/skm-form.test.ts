import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { SkmQuestionnaire as Questionnaire } from '../../../common/skm'
import {
  CURRENT_SKM_VERSION,
  SKM_QUESTIONNAIRES,
  SkmQuestionnaire,
  skmElementWeight,
  skmQuestionnaire,
} from '../../../common/skm'
import { DocumentEngine } from '../../../core/documents/engine'
import type { SkmFormInput } from '../../../core/documents/skm-form'
import { skmFormDefinition } from '../../../core/documents/skm-form'
import { SKM_FORM } from '../../helpers/skm-fixture'

/**
 * Issue 10: the SKM questionnaire of PermenPANRB No. 14 Tahun 2017 shipped as data (nine elements,
 * scale 1–4, weight exactly 1/9, grades A–D), and the printed survey form drawn from it in the core
 * on A4: the letterhead, the service and visit, an anonymous name line and no NIK, the profile and
 * the nine questions as tick boxes, a box for suggestions; one page, footed with the document
 * number, the page count and a QR of the visit number.
 */
const run = promisify(execFile)
const engine = new DocumentEngine(join(process.cwd(), 'resources', 'fonts'))
const dir = mkdtempSync(join(tmpdir(), 'loket-skm-'))
const LOGO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

/** The answer labels of the regulation's sample questionnaire, worst first. */
const SAMPLE_ANSWERS: Record<string, string[]> = {
  U1: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
  U2: ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
  U3: ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
  U4: ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
  U5: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
  U6: ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
  U7: ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
  U8: ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
  U9: ['Buruk', 'Cukup', 'Baik', 'Sangat baik'],
}

async function draw(name: string, input: SkmFormInput): Promise<string> {
  const file = join(dir, `${name}.pdf`)
  writeFileSync(file, await engine.render(skmFormDefinition(input)))
  return file
}

const flat = (text: string) => text.replace(/\s+/g, ' ')
const pagesOf = async (file: string) =>
  Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [file])).stdout)?.[1])
const said = async (file: string) => flat((await run('pdftotext', ['-raw', file, '-'])).stdout)

async function qrOnPage(file: string, page: number): Promise<string> {
  const prefix = join(dir, `qr-${page}-${Math.random().toString(36).slice(2)}`)
  await run('pdftoppm', ['-r', '150', '-png', '-singlefile', '-f', String(page), file, prefix])
  return (await run('zbarimg', ['-q', '--raw', `${prefix}.png`])).stdout.trim()
}

describe('the shipped SKM questionnaire', () => {
  const q = skmQuestionnaire(CURRENT_SKM_VERSION)

  it('is PermenPANRB No. 14 Tahun 2017, the current version, and parses by its own schema', () => {
    expect(q.version).toBe('permenpanrb-14-2017')
    expect(q.source).toContain('Nomor 14 Tahun 2017')
    expect(q.source).toContain(
      'Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik',
    )
    for (const shipped of SKM_QUESTIONNAIRES) expect(SkmQuestionnaire.parse(shipped)).toEqual(shipped)
    expect(new Set(SKM_QUESTIONNAIRES.map((each) => each.version)).size).toBe(SKM_QUESTIONNAIRES.length)
    expect(() => skmQuestionnaire('permenpanrb-99-2099')).toThrow(/Unknown SKM questionnaire/)
  })

  it('has the nine elements U1–U9 in order, each with its question and four labels of the sample', () => {
    expect(q.scale).toEqual({ min: 1, max: 4 })
    expect(q.elements.map((element) => element.id)).toEqual([
      'U1',
      'U2',
      'U3',
      'U4',
      'U5',
      'U6',
      'U7',
      'U8',
      'U9',
    ])
    expect(q.elements.map((element) => element.name.id)).toEqual([
      'Persyaratan',
      'Sistem, mekanisme, dan prosedur',
      'Waktu penyelesaian',
      'Biaya/tarif',
      'Produk spesifikasi jenis pelayanan',
      'Kompetensi pelaksana',
      'Perilaku pelaksana',
      'Penanganan pengaduan, saran dan masukan',
      'Sarana dan prasarana',
    ])
    expect(q.elements[0]?.question.id).toBe(
      'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
    )
    for (const element of q.elements) {
      expect(element.answers).toHaveLength(4)
      expect(element.answers.map((answer) => answer.id)).toEqual(SAMPLE_ANSWERS[element.id])
      expect(element.question.id).toMatch(/^Bagaimana .+\?$/)
      expect(element.question.en).toMatch(/\?$/)
      for (const answer of element.answers) expect(answer.en.trim()).not.toBe('')
    }
  })

  it('weighs every element exactly 1/9, the nine weights adding up to exactly 1', () => {
    expect(q.weight).toEqual({ numerator: 1, denominator: 9 })
    // As fractions over a common denominator: no float rounding can hide a 0.111.
    expect(q.weight.numerator * q.elements.length).toBe(q.weight.denominator)
    expect(skmElementWeight(q)).toBe(1 / 9)
    expect(skmElementWeight(q)).not.toBe(0.111)
    expect(q.conversionFactor).toBe(25)
  })

  it('grades the IKM A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99', () => {
    expect(q.categories.map(({ grade, min, max, performance }) => [grade, min, max, performance.id])).toEqual(
      [
        ['A', 88.31, 100, 'Sangat baik'],
        ['B', 76.61, 88.3, 'Baik'],
        ['C', 65, 76.6, 'Kurang baik'],
        ['D', 25, 64.99, 'Tidak baik'],
      ],
    )
  })

  it("asks the sample's profile: sex, age in years, education and occupation, other written in", () => {
    const { profile } = q
    expect(profile.sex.options.map((option) => option.code)).toEqual(['l', 'p'])
    expect(profile.age.unit.id).toBe('tahun')
    expect(profile.education.options.map((option) => option.label.id)).toEqual([
      'SD',
      'SMP',
      'SMA',
      'D1-D3-D4',
      'S1',
      'S2 ke atas',
    ])
    expect(profile.occupation.options.map((option) => option.label.id)).toEqual([
      'PNS',
      'TNI',
      'POLRI',
      'Swasta',
      'Wirausaha',
      'Lainnya',
    ])
    expect(
      profile.occupation.options.filter((option) => option.specify).map((option) => option.code),
    ).toEqual(['lainnya'])
  })

  it('refuses a questionnaire whose weights, answers or grades do not add up', () => {
    const broken = (change: Partial<Questionnaire>) => SkmQuestionnaire.safeParse({ ...q, ...change }).success
    expect(broken({})).toBe(true)
    expect(broken({ weight: { numerator: 1, denominator: 10 } })).toBe(false)
    expect(broken({ elements: q.elements.slice(0, 8) })).toBe(false)
    expect(
      broken({
        elements: q.elements.map((e, i) => (i === 3 ? { ...e, answers: e.answers.slice(0, 3) } : e)),
      }),
    ).toBe(false)
    expect(broken({ categories: q.categories.map((c) => (c.grade === 'B' ? { ...c, min: 76.7 } : c)) })).toBe(
      false,
    )
    expect(
      broken({ categories: q.categories.map((c) => (c.grade === 'A' ? { ...c, max: 99.99 } : c)) }),
    ).toBe(false)
  })
})

describe('the printed SKM form', () => {
  it('is one A4 page with the letterhead, the service, the visit, the nine questions and their labels', async () => {
    const file = await draw('form', SKM_FORM)
    const info = (await run('pdfinfo', [file])).stdout
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/)
    expect(info).toMatch(/Pages:\s+1\n/)
    const text = await said(file)
    for (const part of [
      'DINAS PEMBERDAYAAN MASYARAKAT DAN NAGARI',
      'Jl. Prof. M. Yamin No. 5, Arosuka, Kabupaten Solok',
      'SURVEI KEPUASAN MASYARAKAT (SKM)',
      'PermenPANRB No. 14 Tahun 2017',
      'Pelayanan pengaduan masyarakat: menanyakan progres pengaduan (SOP OT.01.02-054-055.De.6)',
      'Nomor kunjungan LK1-20261201-0007',
      'Tanggal Selasa, 1 Desember 2026',
      'Nama responden (boleh tidak diisi)',
      'Jenis kelamin Laki-laki Perempuan Usia: tahun',
      'Pendidikan SD SMP SMA D1-D3-D4 S1 S2 ke atas',
      'Pekerjaan PNS TNI POLRI Swasta Wirausaha Lainnya:',
      'Berilah tanda centang',
      'pada satu kotak jawaban yang sesuai',
      'SARAN DAN MASUKAN',
      'Dok. SKM/LK1/20261201/0007',
      'Dicetak Selasa, 1 Desember 2026 09.30 WIB',
      'Halaman 1 dari 1',
    ]) {
      expect(text).toContain(part)
    }
    SKM_FORM.questionnaire.elements.forEach((element, i) => {
      expect(text).toContain(`${i + 1}. ${element.question.id}`)
      expect(text).toContain(element.answers.map((answer, a) => `${a + 1} ${answer.id}`).join(' '))
    })
    expect(text).not.toContain('SALINAN')
  })

  it('never prints an NIK, and embeds its fonts', async () => {
    const file = await draw('anonymous', SKM_FORM)
    const text = await said(file)
    expect(text).not.toMatch(/\bNIK\b/)
    expect(text).not.toMatch(/\d{16}/)
    expect(text).not.toContain('•')
    const fonts = (await run('pdffonts', [file])).stdout
    expect(fonts).toMatch(/Roboto/)
    for (const line of fonts.split('\n').filter((l) => /Roboto/.test(l))) expect(line).toMatch(/\byes\b/)
  })

  it('carries a QR code that a scanner reads as the visit number', async () => {
    const file = await draw('qr', SKM_FORM)
    expect(await qrOnPage(file, 1)).toBe('LK1-20261201-0007')
  })

  it('prints the name the visitor gave, and stays one page with a logo, a long address and SALINAN', async () => {
    const file = await draw('named', {
      ...SKM_FORM,
      office: {
        ...SKM_FORM.office,
        letterheadLogo: LOGO,
        officeAddress:
          'Jl. Prof. M. Yamin No. 5, Arosuka, Kecamatan Gunung Talang, Kabupaten Solok, Sumatera Barat 27365, Telepon (0755) 31234',
      },
      respondentName: "Siti Nur'aini Rahmawati",
      copy: true,
    })
    expect(await pagesOf(file)).toBe(1)
    const text = await said(file)
    expect(text).toContain("Nama responden Siti Nur'aini Rahmawati")
    expect(text).not.toContain('boleh tidak diisi')
    expect(text).toContain('SALINAN')
  })

  it('prints blank for the counter with no visit, its QR then the document number', async () => {
    const file = await draw('blank', { ...SKM_FORM, visit: null, procedureName: null, sopNumber: null })
    expect(await pagesOf(file)).toBe(1)
    const text = await said(file)
    expect(text).not.toContain('LK1-20261201-0007')
    expect(text).toContain('Layanan Nomor kunjungan Tanggal Nama responden')
    expect(await qrOnPage(file, 1)).toBe('SKM/LK1/20261201/0007')
  })

  it('runs onto a second page when the questionnaire is longer, each page footed with its count and QR', async () => {
    const q = SKM_FORM.questionnaire
    const longer: Questionnaire = {
      ...q,
      elements: [...q.elements, ...q.elements.map((element) => ({ ...element, id: `${element.id}0` }))],
    }
    const file = await draw('two-pages', { ...SKM_FORM, questionnaire: longer, copy: true })
    const pages = await pagesOf(file)
    expect(pages).toBe(2)
    const text = await said(file)
    expect(text).toContain('Halaman 1 dari 2')
    expect(text).toContain('Halaman 2 dari 2')
    expect(text).toContain(`18. ${q.elements[8]?.question.id}`)
    expect(text.match(/SALINAN/g)).toHaveLength(2)
    expect(await qrOnPage(file, 2)).toBe('LK1-20261201-0007')
  })
})
