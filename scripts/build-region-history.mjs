// Builds resources/regions/history.json: every regency and district code that a Kemendagri code
// decree once gave and a later one withdrew, the names it had then, and the code the same place
// carries now. A NIK keeps the code of the place that issued it for life, so a NIK issued in Kota
// Sorong before the 2022 Papua renumbering still starts 92.71 although Kota Sorong is 96.71 today,
// and one issued in Kabupaten Bulungan before Kalimantan Utara (UU 20/2012) still starts 64.04.
//
// Sources, oldest first:
// - Lampiran I (Buku Induk) of Permendagri No. 18 Tahun 2013, the oldest Kemendagri code list
//   found as data: the decree's PDF and a CSV Tabula drew from it, both in benangmerah/wilayah
//   (MIT). The CSV is read; its 7,524 coded rows (33 provinces, 497 regencies, 6,994 districts, as
//   the PDF's closing totals say) were checked against `pdftotext -layout` of the PDF: same codes,
//   same names up to punctuation. The PDF, signed by the minister, leaves its decree number blank;
//   benangmerah's README names it Lampiran I of Permendagri 18/2013, and its data (population of
//   December 2012, no Kalimantan Utara yet) fits. It has no villages. Kalimantan Utara is not in it: its regencies
//   are still under Kalimantan Timur (64.04 Bulungan, 64.05 Nunukan, 64.06 Malinau, 64.10 Tana
//   Tidung, 64.73 Kota Tarakan). Districts the list prints without a code (moved to a new regency
//   before 2013, with a note) are left out: their codes would have to be guessed.
// - the snapshots of the dataset cahyadsn/wilayah (MIT), one per decree from Permendagri No. 56
//   Tahun 2015 on. Permendagri No. 39 Tahun 2015, between the two, was not found as data, so a code
//   it withdrew reads as withdrawn by 56/2015, the first decree here without it.
// Usage:  node scripts/build-region-history.mjs <git dir of cahyadsn/wilayah> \
//           <git dir of benangmerah/wilayah> [commit of the first] [commit of the second]
//
// How a withdrawn code is followed to its successor, between two consecutive decrees A → B:
// - a regency: the regency of B, under a code new in B, with the same name (Kota Sorong 92.71 →
//   96.71, Kabupaten Bulungan 64.04 → 65.01); exactly one, or the code is left without successor;
// - a district: the district of B, under a code new in B, with the same name, under the successor
//   of its regency (or under a regency new in B, for a regency split), and confirmed by its
//   villages: at least half of the villages it had in A are under it in B. A district whose name
//   changed is matched by its villages alone when one new district holds most of them. When A has
//   no villages (Permendagri 18/2013), the name alone decides, and a regency new in B counts only
//   in the province of the successor regency, so a common name elsewhere cannot match.
// Successors are chained across decrees to the last one. Nothing is filled in by hand: a code the
// data cannot follow is listed in the report printed at the end and left out of the file.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(root, 'resources', 'regions', 'history.json')
const REPO = 'https://github.com/cahyadsn/wilayah'
const OLDER_REPO = 'https://github.com/benangmerah/wilayah'

/** The older list, read from the CSV; the PDF beside it is the decree's annex the CSV was drawn from. */
const OLDER = {
  path: 'datasources/permendagri-18-2013/buku-induk.tabula-processed.csv',
  pdf: 'datasources/permendagri-18-2013/buku-induk.pdf',
  decree: 'Permendagri No. 18 Tahun 2013',
}

/** The dataset's snapshots, oldest first, with the decree each one follows (its README). */
const SNAPSHOTS = [
  { path: 'db/archive/wilayah_2016.sql', decree: 'Permendagri No. 56 Tahun 2015' },
  { path: 'db/archive/wilayah_2018.sql', decree: 'Permendagri No. 137 Tahun 2017' },
  {
    path: 'db/archive/wilayah_2020.sql',
    decree: 'Permendagri No. 72 Tahun 2019 (diubah Kepmendagri No. 146.1-4717 Tahun 2020)',
  },
  {
    path: 'db/archive/wilayah_2022.sql',
    decree: 'Permendagri No. 58 Tahun 2021 (diubah Kepmendagri No. 050-145 Tahun 2022)',
  },
  { path: 'db/archive/wilayah_2023.sql', decree: 'Kepmendagri No. 100.1.1-6117 Tahun 2022' },
  { path: 'db/wilayah.sql', decree: 'Kepmendagri No. 300.2.2-2138 Tahun 2025' },
]

const [gitDir, olderGitDir, commitArg, olderCommitArg] = process.argv.slice(2)
if (!gitDir || !olderGitDir) {
  console.error(
    'usage: node scripts/build-region-history.mjs <git dir of cahyadsn/wilayah> <git dir of benangmerah/wilayah> [commit] [commit]',
  )
  process.exit(2)
}
const gitIn =
  (dir) =>
  (...args) =>
    execFileSync('git', ['--git-dir', dir, ...args], { maxBuffer: 1 << 28 }).toString()
const git = gitIn(gitDir)
const olderGit = gitIn(olderGitDir)
const commit = git('rev-parse', commitArg ?? 'HEAD').trim()
const olderCommit = olderGit('rev-parse', olderCommitArg ?? 'HEAD').trim()

/** ('32.01', 'KAB. BOGOR') or ("32.01","KAB. BOGOR"), with \' or '' inside names. */
const TUPLE = /\(\s*(['"])([\d.]+)\1\s*,\s*(['"])((?:\\.|(?!\3).|\3\3)*)\3\s*\)/g

function parse(sql) {
  const names = new Map()
  for (const m of sql.matchAll(TUPLE)) {
    const quote = m[3]
    names.set(
      m[2],
      m[4]
        .replace(/\\(.)/g, '$1')
        .replaceAll(quote + quote, quote)
        .trim(),
    )
  }
  return names
}

/**
 * The Buku Induk CSV: 'I,11,ACEH', '"",11.01, 1 KAB. ACEH SELATAN', '64.03.08,Biduk-Biduk' (Tabula
 * put some serial numbers on a line of their own). A serial number follows the comma after a space;
 * a name may itself start with digits ('2 x 11 Kayu Tanam'). Rows without a code are skipped.
 */
function parseBukuInduk(csv) {
  const names = new Map()
  for (const line of csv.split('\n')) {
    const m = line.match(/(?:^|,)(\d{2}(?:\.\d{2}){0,2}),(?:\s+\d+\s+|\s*)(.*)$/)
    const name = m?.[2].replace(/^"|"$/g, '').trim()
    if (!name) continue
    if (names.has(m[1])) throw new Error(`${OLDER.path}: ${m[1]} twice`)
    names.set(m[1], name)
  }
  return names
}

const level = (code) => ({ 2: 'province', 5: 'regency', 8: 'district', 13: 'village' })[code.length]
const parentOf = (code) => code.slice(0, code.length === 13 ? 8 : code.length - 3)

/** 'KAB. BOGOR', 'KABUPATEN BOGOR' and 'Kabupaten Bogor' are one name; so are 'B A T A M' and 'Batam'. */
function key(name) {
  return name
    .toUpperCase()
    .replace(/^KAB(UPATEN)?\.?\s+/, 'KABUPATEN ')
    .replace(/^KAB\.(?=\S)/, 'KABUPATEN ')
    .replace(/[^A-Z0-9]/g, '')
}

/** The decree lists write provinces and regencies in capitals; this writes 'Kabupaten Aceh Selatan'. */
function readable(name) {
  const spaced = name.replace(/^KAB(\.\s*|\s+)/i, 'KABUPATEN ').replace(/\s+/g, ' ')
  // District names already come in mixed case, Roman numerals included ('Koto VII'): kept as given.
  if (name !== name.toUpperCase()) return spaced.replace(/^KABUPATEN /, 'Kabupaten ')
  return spaced
    .split(' ')
    .map((w, i) =>
      ['DKI', 'DI'].includes(w) ? w : i > 0 && w === 'DAN' ? 'dan' : w[0] + w.slice(1).toLowerCase(),
    )
    .join(' ')
}

function childrenBy(names, lvl) {
  const out = new Map()
  for (const code of names.keys()) {
    if (level(code) !== lvl) continue
    const p = parentOf(code)
    if (!out.has(p)) out.set(p, [])
    out.get(p).push(code)
  }
  return out
}

/** One step A → B: successor in B of each regency and district code of A that B no longer has. */
function step(a, b, unresolved, label, aHasVillages) {
  const next = new Map()
  const newIn = (lvl) => [...b.keys()].filter((c) => level(c) === lvl && !a.has(c))
  const newRegencies = newIn('regency')
  const newDistricts = newIn('district')
  const villagesA = childrenBy(a, 'village')
  const villagesB = childrenBy(b, 'village')
  const villageKeys = (names, list) => new Set((list ?? []).map((c) => key(names.get(c))))

  const regencyOf = (code) => (b.has(code) ? code : next.get(code))
  for (const code of a.keys()) {
    if (level(code) !== 'regency' || b.has(code)) continue
    const hits = newRegencies.filter((c) => key(b.get(c)) === key(a.get(code)))
    if (hits.length === 1) next.set(code, hits[0])
    else unresolved.push(`${label} ${code} ${a.get(code)}: ${hits.length} regencies of that name`)
  }
  for (const code of a.keys()) {
    if (level(code) !== 'district' || b.has(code)) continue
    const mine = villageKeys(a, villagesA.get(code))
    const share = (c) => {
      if (mine.size === 0) return 0
      const theirs = villageKeys(b, villagesB.get(c))
      let n = 0
      for (const v of mine) if (theirs.has(v)) n++
      return n / mine.size
    }
    const home = regencyOf(parentOf(code))
    // Without villages to confirm it, a split-off regency counts only in the home province.
    const splitOff = (regency) =>
      newRegencies.includes(regency) && (aHasVillages || regency.slice(0, 2) === home?.slice(0, 2))
    const sameName = newDistricts.filter(
      (c) =>
        key(b.get(c)) === key(a.get(code)) &&
        (parentOf(c) === home || splitOff(parentOf(c))) &&
        (mine.size === 0 || share(c) >= 0.5),
    )
    if (sameName.length === 1) {
      next.set(code, sameName[0])
      continue
    }
    const byVillages = newDistricts.filter((c) => share(c) >= 0.8)
    if (sameName.length === 0 && byVillages.length === 1) next.set(code, byVillages[0])
    else
      unresolved.push(
        `${label} ${code} ${a.get(code)}: ${sameName.length} by name, ${byVillages.length} by villages`,
      )
  }
  return next
}

const snapshots = [
  {
    ...OLDER,
    names: parseBukuInduk(olderGit('show', `${olderCommit}:${OLDER.path}`)),
    villages: false,
    least: 7500,
  },
  ...SNAPSHOTS.map((s) => ({
    ...s,
    names: parse(git('show', `${commit}:${s.path}`)),
    villages: true,
    least: 80000,
  })),
]
for (const s of snapshots) {
  if (s.names.size < s.least) throw new Error(`${s.path}: only ${s.names.size} codes read`)
}

/** code → the entry describing it as it was in the last decree that had it. */
const entries = new Map()
const unresolved = []
const last = snapshots.at(-1).names
for (let i = 0; i + 1 < snapshots.length; i++) {
  const a = snapshots[i]
  const b = snapshots[i + 1]
  const moves = step(a.names, b.names, unresolved, `${a.decree} → ${b.decree}:`, a.villages)
  for (const [code, successor] of moves) {
    const province = code.slice(0, 2)
    const regency = code.slice(0, 5)
    entries.set(code, {
      code,
      level: level(code),
      name: readable(a.names.get(code)),
      regency: level(code) === 'district' ? readable(a.names.get(regency) ?? '') || null : null,
      province: readable(a.names.get(province)),
      lastDecree: a.decree,
      retiredBy: b.decree,
      successor,
    })
  }
  // Chain: an earlier code whose successor was itself withdrawn now follows on.
  for (const entry of entries.values()) {
    if (moves.has(entry.successor)) entry.successor = moves.get(entry.successor)
  }
}

const kept = []
for (const entry of entries.values()) {
  if (!last.has(entry.successor)) {
    unresolved.push(`${entry.code} ${entry.name}: successor ${entry.successor} not in the last decree`)
    continue
  }
  // A code a later decree gave again to another place is current, not retired.
  if (last.has(entry.code)) continue
  kept.push(entry)
}
kept.sort((x, y) => x.code.localeCompare(y.code))

const history = {
  about:
    'Kode wilayah kabupaten/kota dan kecamatan yang pernah ditetapkan Kemendagri lalu dicabut atau diganti, nama semasa berlaku, dan kode penggantinya kini. / Regency and district codes a Kemendagri decree once gave and a later one withdrew, their names then, and the code the same place has now.',
  generatedBy: 'scripts/build-region-history.mjs',
  sources: [
    {
      name: 'cahyadsn/wilayah — Kode dan Data Wilayah Administrasi Pemerintahan Indonesia (MIT)',
      url: REPO,
      commit,
      files: SNAPSHOTS.map((s) => s.path),
    },
    {
      name: 'benangmerah/wilayah — Buku Induk Kode dan Data Wilayah Administrasi Pemerintahan, PDF and Tabula CSV (MIT)',
      url: OLDER_REPO,
      commit: olderCommit,
      files: [OLDER.path, OLDER.pdf],
    },
    {
      name: `${OLDER.decree}, Lampiran I (Buku Induk; penduduk Desember 2012)`,
      url: `${OLDER_REPO}/blob/${olderCommit}/${OLDER.pdf}`,
    },
    ...SNAPSHOTS.map((s) => ({ name: s.decree, url: `${REPO}/blob/${commit}/${s.path}` })),
  ],
  codes: Object.fromEntries(
    kept.map(({ code, ...rest }) => [
      code.replaceAll('.', ''),
      { ...rest, successor: rest.successor.replaceAll('.', '') },
    ]),
  ),
}
mkdirSync(dirname(OUT), { recursive: true })
writeFileSync(OUT, JSON.stringify(history, null, 1) + '\n')
const count = (lvl) => kept.filter((e) => e.level === lvl).length
console.log(`${OUT}: ${count('regency')} regency and ${count('district')} district codes`)
console.log(`not followed (${unresolved.length}):`)
for (const line of unresolved) console.log(`  ${line}`)
