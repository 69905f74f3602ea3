import { z } from 'zod'
import { LocalizedText } from './localized'

/**
 * The Survei Kepuasan Masyarakat (SKM) questionnaire as versioned data: its elements (unsur), the
 * answer scale, each element's weight, the IKM grades and the respondent's profile, so that a new
 * regulation is a new entry here rather than a change of code. The printed form (issue 10) and the
 * survey entry and IKM (issue 12) read only this.
 *
 * The shipped version follows PermenPANRB No. 14 Tahun 2017 (Pedoman Penyusunan Survei Kepuasan
 * Masyarakat Unit Penyelenggara Pelayanan Publik): the nine elements of its text (Bab II), the
 * questions and answer labels of its sample questionnaire (Lampiran), and its grades
 * (../shared/RESEARCH.md §3). The wording was compared with copies of the sample questionnaire
 * published by offices applying it, not with the regulation's own PDF; no replacement of the
 * regulation could be confirmed either. A human must check both against JDIH KemenPANRB
 * (jdih.menpan.go.id) before release.
 */

/** An element's id: `U1` … `U9` in the regulation, in the order the IKM report lists them. */
const SkmElementId = z.string().regex(/^U[1-9][0-9]*$/)

/** One element (unsur) and the question that measures it; `answers[i]` is worth `scale.min + i`. */
export const SkmElement = z.object({
  id: SkmElementId,
  /** The element's short name as the regulation lists it (`Persyaratan`). */
  name: LocalizedText,
  /** The question as the sample questionnaire words it, and an English rendering. */
  question: LocalizedText,
  /** From the worst answer to the best, one a point of the scale. */
  answers: z.array(LocalizedText).min(2),
})
export type SkmElement = z.infer<typeof SkmElement>

/**
 * A grade of the IKM after conversion (25–100): `min` and `max` inclusive with two decimals, as the
 * regulation's table prints them; `grade` is its mutu pelayanan (A–D), `performance` its kinerja
 * unit pelayanan.
 */
export const SkmCategory = z.object({
  grade: z.string().regex(/^[A-Z]$/),
  min: z.number(),
  max: z.number(),
  performance: LocalizedText,
})
export type SkmCategory = z.infer<typeof SkmCategory>

/** One answer of a profile question; `specify` asks the respondent to write what it is (Lainnya: …). */
export const SkmChoice = z.object({
  code: z.string().regex(/^[a-z0-9+-]+$/),
  label: LocalizedText,
  specify: z.boolean(),
})
export type SkmChoice = z.infer<typeof SkmChoice>

/** A profile question answered by ticking one box. */
export const SkmChoiceField = z
  .object({ label: LocalizedText, options: z.array(SkmChoice).min(2) })
  .refine((field) => new Set(field.options.map((option) => option.code)).size === field.options.length, {
    message: 'duplicate_code',
  })
export type SkmChoiceField = z.infer<typeof SkmChoiceField>

/** Who answered, as the sample questionnaire asks it: never a name or an NIK, so the form stays anonymous. */
export const SkmProfile = z.object({
  sex: SkmChoiceField,
  /** Written in whole years. */
  age: z.object({ label: LocalizedText, unit: LocalizedText }),
  education: SkmChoiceField,
  occupation: SkmChoiceField,
})
export type SkmProfile = z.infer<typeof SkmProfile>

const cents = (value: number) => Math.round(value * 100)

/** The most elements a questionnaire may have: what the desk stores and sums per sheet. */
export const MAX_SKM_ELEMENTS = 20

/**
 * A questionnaire as a regulation sets it. Its checks are what the IKM relies on: the answers of
 * every element fill the scale exactly, the weights of all elements add up to exactly 1 (the
 * weight is a fraction, never a rounded 0.11: rounding it lowers the IKM by about a point,
 * ../shared/RESEARCH.md §3), and the grades cover the converted range without gap or overlap.
 */
export const SkmQuestionnaire = z
  .object({
    /** Stored with every answer sheet (issue 12), so an IKM is computed by the rules it was asked under. */
    version: z.string().regex(/^[a-z0-9-]+$/),
    /** The regulation's short name as printed on the form. */
    label: z.string().min(1),
    /** The regulation in full, for the report and the about screen. */
    source: z.string().min(1),
    scale: z.object({ min: z.number().int(), max: z.number().int() }),
    /** Each element's weight as an exact fraction. */
    weight: z.object({ numerator: z.number().int().positive(), denominator: z.number().int().positive() }),
    /** IKM = weighted mean of the element scores × this (25 turns 1–4 into 25–100). */
    conversionFactor: z.number().positive(),
    /** From the best grade to the worst. */
    categories: z.array(SkmCategory).min(1),
    // One digit an element is stored per sheet, and the desk sums at most this many per day
    // (db/schema.ts skm_day_sums): a regulation with more would need a wider store first.
    elements: z.array(SkmElement).min(1).max(MAX_SKM_ELEMENTS),
    profile: SkmProfile,
  })
  .superRefine((q, ctx) => {
    const points = q.scale.max - q.scale.min + 1
    if (points < 2) ctx.addIssue({ code: 'custom', path: ['scale'], message: 'scale_too_small' })
    q.elements.forEach((element, i) => {
      if (element.answers.length !== points) {
        ctx.addIssue({ code: 'custom', path: ['elements', i, 'answers'], message: 'answers_not_scale' })
      }
    })
    const ids = q.elements.map((element) => element.id)
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: 'custom', path: ['elements'], message: 'duplicate_element' })
    }
    // Integers only, so "adds up to exactly 1" is exact and not a float comparison.
    if (q.weight.numerator * q.elements.length !== q.weight.denominator) {
      ctx.addIssue({ code: 'custom', path: ['weight'], message: 'weights_not_one' })
    }
    const grades = q.categories
    const top = grades[0]
    const bottom = grades[grades.length - 1]
    if (
      top === undefined ||
      bottom === undefined ||
      cents(top.max) !== cents(q.scale.max * q.conversionFactor) ||
      cents(bottom.min) !== cents(q.scale.min * q.conversionFactor)
    ) {
      ctx.addIssue({ code: 'custom', path: ['categories'], message: 'grades_not_range' })
    }
    grades.forEach((grade, i) => {
      const lower = grades[i + 1]
      if (cents(grade.min) > cents(grade.max) || (lower && cents(lower.max) + 1 !== cents(grade.min))) {
        ctx.addIssue({ code: 'custom', path: ['categories', i], message: 'grades_gap_or_overlap' })
      }
    })
  })
export type SkmQuestionnaire = z.infer<typeof SkmQuestionnaire>

const text = (id: string, en: string) => ({ id, en })

/** PermenPANRB No. 14 Tahun 2017; see the module's comment on what is still to be checked. */
const PERMENPANRB_14_2017 = SkmQuestionnaire.parse({
  version: 'permenpanrb-14-2017',
  label: 'PermenPANRB No. 14 Tahun 2017',
  source:
    'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik',
  scale: { min: 1, max: 4 },
  weight: { numerator: 1, denominator: 9 },
  conversionFactor: 25,
  categories: [
    { grade: 'A', min: 88.31, max: 100, performance: text('Sangat baik', 'Very good') },
    { grade: 'B', min: 76.61, max: 88.3, performance: text('Baik', 'Good') },
    { grade: 'C', min: 65, max: 76.6, performance: text('Kurang baik', 'Poor') },
    { grade: 'D', min: 25, max: 64.99, performance: text('Tidak baik', 'Bad') },
  ],
  elements: [
    {
      id: 'U1',
      name: text('Persyaratan', 'Requirements'),
      question: text(
        'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
        'How well do the requirements of the service match the kind of service it is?',
      ),
      answers: [
        text('Tidak sesuai', 'Not appropriate'),
        text('Kurang sesuai', 'Somewhat inappropriate'),
        text('Sesuai', 'Appropriate'),
        text('Sangat sesuai', 'Very appropriate'),
      ],
    },
    {
      id: 'U2',
      name: text('Sistem, mekanisme, dan prosedur', 'System, mechanism and procedure'),
      question: text(
        'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
        'How easy did you find the service procedure of this unit to follow?',
      ),
      answers: [
        text('Tidak mudah', 'Not easy'),
        text('Kurang mudah', 'Somewhat difficult'),
        text('Mudah', 'Easy'),
        text('Sangat mudah', 'Very easy'),
      ],
    },
    {
      id: 'U3',
      name: text('Waktu penyelesaian', 'Completion time'),
      question: text(
        'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
        'How quickly was the service delivered?',
      ),
      answers: [
        text('Tidak cepat', 'Not fast'),
        text('Kurang cepat', 'Somewhat slow'),
        text('Cepat', 'Fast'),
        text('Sangat cepat', 'Very fast'),
      ],
    },
    {
      id: 'U4',
      name: text('Biaya/tarif', 'Cost/fee'),
      question: text(
        'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
        'How reasonable was the cost or fee of the service?',
      ),
      answers: [
        text('Sangat mahal', 'Very expensive'),
        text('Cukup mahal', 'Fairly expensive'),
        text('Murah', 'Cheap'),
        text('Gratis', 'Free of charge'),
      ],
    },
    {
      id: 'U5',
      name: text('Produk spesifikasi jenis pelayanan', 'Product of the service as specified'),
      question: text(
        'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
        'How well did what you received match the product stated in the service standard?',
      ),
      answers: [
        text('Tidak sesuai', 'Not matching'),
        text('Kurang sesuai', 'Partly matching'),
        text('Sesuai', 'Matching'),
        text('Sangat sesuai', 'Fully matching'),
      ],
    },
    {
      id: 'U6',
      name: text('Kompetensi pelaksana', 'Competence of the staff'),
      question: text(
        'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
        'How competent were the staff who served you?',
      ),
      answers: [
        text('Tidak kompeten', 'Not competent'),
        text('Kurang kompeten', 'Somewhat incompetent'),
        text('Kompeten', 'Competent'),
        text('Sangat kompeten', 'Very competent'),
      ],
    },
    {
      id: 'U7',
      name: text('Perilaku pelaksana', 'Conduct of the staff'),
      question: text(
        'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
        'How courteous and friendly were the staff who served you?',
      ),
      answers: [
        text('Tidak sopan dan ramah', 'Neither courteous nor friendly'),
        text('Kurang sopan dan ramah', 'Somewhat discourteous and unfriendly'),
        text('Sopan dan ramah', 'Courteous and friendly'),
        text('Sangat sopan dan ramah', 'Very courteous and friendly'),
      ],
    },
    {
      id: 'U8',
      name: text('Penanganan pengaduan, saran dan masukan', 'Handling of complaints, suggestions and input'),
      question: text(
        'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
        'How are complaints from service users handled?',
      ),
      answers: [
        text('Tidak ada', 'There is none'),
        text('Ada tetapi tidak berfungsi', 'It exists but does not work'),
        text('Berfungsi kurang maksimal', 'It works, but not fully'),
        text('Dikelola dengan baik', 'It is well managed'),
      ],
    },
    {
      id: 'U9',
      name: text('Sarana dan prasarana', 'Facilities and infrastructure'),
      question: text(
        'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
        'How good are the facilities and infrastructure?',
      ),
      answers: [
        text('Buruk', 'Poor'),
        text('Cukup', 'Fair'),
        text('Baik', 'Good'),
        text('Sangat baik', 'Very good'),
      ],
    },
  ],
  profile: {
    sex: {
      label: text('Jenis kelamin', 'Sex'),
      options: [
        { code: 'l', label: text('Laki-laki', 'Male'), specify: false },
        { code: 'p', label: text('Perempuan', 'Female'), specify: false },
      ],
    },
    age: { label: text('Usia', 'Age'), unit: text('tahun', 'years') },
    education: {
      label: text('Pendidikan', 'Education'),
      options: [
        { code: 'sd', label: text('SD', 'Primary school'), specify: false },
        { code: 'smp', label: text('SMP', 'Junior secondary school'), specify: false },
        { code: 'sma', label: text('SMA', 'Senior secondary school'), specify: false },
        { code: 'd1-d3-d4', label: text('D1-D3-D4', 'Diploma (D1–D4)'), specify: false },
        { code: 's1', label: text('S1', "Bachelor's degree"), specify: false },
        { code: 's2+', label: text('S2 ke atas', "Master's degree or higher"), specify: false },
      ],
    },
    occupation: {
      label: text('Pekerjaan', 'Occupation'),
      options: [
        { code: 'pns', label: text('PNS', 'Civil servant'), specify: false },
        { code: 'tni', label: text('TNI', 'Armed forces'), specify: false },
        { code: 'polri', label: text('POLRI', 'Police'), specify: false },
        { code: 'swasta', label: text('Swasta', 'Private sector employee'), specify: false },
        { code: 'wirausaha', label: text('Wirausaha', 'Self-employed'), specify: false },
        { code: 'lainnya', label: text('Lainnya', 'Other'), specify: true },
      ],
    },
  },
})

/** Every questionnaire Loket knows, oldest first; a new regulation is appended, never edited in. */
export const SKM_QUESTIONNAIRES: readonly SkmQuestionnaire[] = [PERMENPANRB_14_2017]

/** The version a new survey is asked under. */
export const CURRENT_SKM_VERSION = 'permenpanrb-14-2017'

/** The questionnaire of `version`; throws on a version Loket does not ship. */
export function skmQuestionnaire(version: string = CURRENT_SKM_VERSION): SkmQuestionnaire {
  const found = SKM_QUESTIONNAIRES.find((q) => q.version === version)
  if (!found) throw new Error(`Unknown SKM questionnaire version: ${version}`)
  return found
}

/** Each element's weight as a number (1/9 for nine elements), exact up to the float it is stored in. */
export function skmElementWeight(q: SkmQuestionnaire): number {
  return q.weight.numerator / q.weight.denominator
}
