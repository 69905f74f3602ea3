import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { signInAsAdmin, snap } from './helpers'

/**
 * The receptionist's day at the counter: a new visitor registered (with the number checks and the
 * consent the law asks for) and their service started; a returning visitor found again by NIK and
 * by a misspelt name and served from the keyboard alone; a form that survives a reload; a visit
 * written on paper keyed in later. Runs in order: the later journeys meet the visitor of the first.
 */
test.describe.configure({ mode: 'serial' })

// A fresh serial per run keeps the NIK unique even on a desk database that is reused.
const SERIAL = String(1000 + Math.floor(Math.random() * 8999))
/** Kabupaten Bogor, Kecamatan Cibinong; born 7 March 1985 (day 47 = 7 + 40: a woman). */
const NIK = `320101470385${SERIAL}`
const NAME = 'Dewi Rahmawati'

async function openScreen(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name }).click()
}

test('a new visitor is registered with checked numbers and consent, and a procedure-001 visit starts', async ({
  page,
}) => {
  await signInAsAdmin(page)
  await openScreen(page, /^Pengunjung/)
  await expect(page.getByRole('heading', { name: 'Pengunjung', level: 1 })).toBeVisible()
  const search = page.getByRole('combobox', { name: 'Cari pengunjung' })
  await expect(search).toBeFocused()
  await expect(page.getByText('Siap menerima pengunjung')).toBeVisible()
  await snap(page, 'frontdesk-01-search-empty')

  await search.fill(NIK)
  await expect(page.getByText(`Tidak ada pengunjung yang cocok dengan “${NIK}”`)).toBeVisible()
  await snap(page, 'frontdesk-02-not-found')

  // Offered when nothing is found, with the number typed already in its field.
  await page.keyboard.press('Alt+N')
  const form = page.getByRole('form', { name: 'Pengunjung baru' })
  await expect(form).toBeVisible()
  const nik = form.getByLabel('NIK', { exact: true })
  await expect(nik).toHaveValue(NIK)

  // A letter is refused as it is typed, and named; a number one digit short when the field is left.
  await nik.fill('32010a')
  await expect(
    form.getByText('NIK harus 16 digit angka; “a” bukan angka. Hapus lalu ketik ulang.'),
  ).toBeVisible()
  await nik.fill(NIK.slice(0, 15))
  await expect(form.getByText('15 dari 16 digit')).toBeVisible()
  await nik.press('Tab')
  await expect(
    form.getByText('NIK harus 16 digit angka (spasi, titik dan tanda hubung boleh).'),
  ).toBeVisible()

  // Saving without a name or consent is refused on the fields, and nothing is sent.
  await form.getByRole('button', { name: 'Simpan pengunjung' }).click()
  await expect(form.getByText('Wajib diisi.')).toBeVisible()
  await expect(form.getByLabel('Nama lengkap')).toBeFocused()
  await expect(form.getByText(/Pengunjung harus menyetujui pemrosesan data pribadinya/)).toBeVisible()
  await snap(page, 'frontdesk-03-form-invalid')

  await form.getByLabel('Nama lengkap').fill(NAME)
  await nik.fill(NIK)
  const reading = form.getByRole('group', { name: 'Menurut NIK' })
  await expect(reading).toContainText('7 Maret 1985')
  await expect(reading).toContainText('Perempuan')
  await expect(reading).toContainText('Kabupaten Bogor')
  await expect(reading).toContainText('Cibinong')
  await expect(reading).toContainText('Jawa Barat')

  const phone = form.getByLabel('Nomor telepon')
  await phone.fill('081234567890')
  await phone.press('Tab')
  await expect(phone).toHaveValue('0812-3456-7890')
  await expect(form.getByText('Disimpan sebagai +62 812 3456 7890')).toBeVisible()
  await form.getByLabel('Instansi / unit kerja').fill('Kelompok Tani Sumber Rejeki')
  await form.getByLabel(/menyetujui pemrosesan data pribadinya/).check()
  await expect(form.getByText('Wajib diisi.')).toHaveCount(0)
  await snap(page, 'frontdesk-04-form-ready')

  await form.getByLabel('Instansi / unit kerja').press('Enter')
  await expect(page.getByText(`Data ${NAME} tersimpan.`)).toBeVisible()
  await expect(page.getByRole('heading', { name: NAME, level: 2 })).toBeVisible()
  // The full NIK on the visitor's own record; the NIK's reading next to it.
  await expect(page.getByText(NIK, { exact: true })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Menurut NIK' })).toContainText('Cibinong')
  await expect(page.getByRole('radio', { name: /Menanyakan progres pengaduan/ })).toBeFocused()
  await snap(page, 'frontdesk-05-visitor')

  // Digit 1 is the complaint-progress procedure (SOP 001); Enter starts it.
  await page.keyboard.press('1')
  await expect(page.getByRole('radio', { name: /Menanyakan progres pengaduan/ })).toHaveAttribute(
    'aria-checked',
    'true',
  )
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: `Layanan untuk ${NAME} dimulai` })).toBeVisible()
  await expect(page.getByLabel(/^Nomor antrean A-\d{3,}$/)).toBeVisible()
  await expect(page.getByText(/^[A-Z][A-Z0-9]{1,5}-\d{8}-\d{4,}$/)).toBeVisible()
  await expect(page.getByText('Pelayanan pengaduan masyarakat: menanyakan progres pengaduan')).toBeVisible()
  await expect(page.getByText('Standar waktu 20 menit')).toBeVisible()
  await snap(page, 'frontdesk-06-started')

  // "Next visitor" has the focus: Enter goes back to an empty, focused search.
  await page.keyboard.press('Enter')
  await expect(search).toBeFocused()
  await expect(search).toHaveValue('')
})

test('a returning visitor is found by NIK and by a misspelt name, and served with the keyboard alone', async ({
  page,
}) => {
  await signInAsAdmin(page)
  await openScreen(page, /^Pengunjung/)
  const search = page.getByRole('combobox', { name: 'Cari pengunjung' })
  await expect(search).toBeFocused()

  await page.keyboard.type(NIK)
  const list = page.getByRole('listbox', { name: 'Hasil pencarian pengunjung' })
  const option = list.getByRole('option', { name: new RegExp(NAME) })
  await expect(option).toBeVisible()
  await expect(option).toContainText(`3201••••••••${SERIAL}`)
  await expect(option).toContainText('0812-3456-7890')
  await expect(option).toContainText('Kelompok Tani Sumber Rejeki')
  await expect(option).toContainText('Terakhir')
  // Never the full NIK in a list.
  await expect(list).not.toContainText(NIK)
  await snap(page, 'frontdesk-07-found-by-nik')

  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: NAME, level: 2 })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(search).toBeFocused()

  // Registered "Rahmawati", asked for as "Rahmawaty": found, and marked as a similar spelling.
  const started = Date.now()
  await search.fill('dewi rahmawaty')
  const fuzzy = list.getByRole('option', { name: new RegExp(NAME) })
  await expect(fuzzy).toBeVisible()
  await expect(fuzzy).toContainText('ejaan mirip')
  await snap(page, 'frontdesk-08-found-by-misspelt-name')

  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: NAME, level: 2 })).toBeVisible()
  // Her page has an address: Alt+← returns to the search as it was left, Forward comes back.
  await expect(page).toHaveURL(/#\/frontdesk\/visitor\/[^/]+$/)
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(search).toHaveValue('dewi rahmawaty')
  await expect(page).toHaveURL(/#\/frontdesk$/)
  await page.goForward()
  await expect(page.getByRole('heading', { name: NAME, level: 2 })).toBeVisible()
  // She still holds the number of her first visit (waiting): a second one is asked for (fault 8).
  await expect(page.getByRole('region', { name: 'Kunjungan', exact: true })).toContainText(
    /A-\d{3,}\s*Menunggu/,
  )
  await page.keyboard.press('2')
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Sudah memegang nomor antrean' })
  await expect(dialog).toContainText(new RegExp(`${NAME} sudah memegang nomor antrean A-\\d{3,} hari ini`))
  await expect(dialog.getByRole('button', { name: 'Jangan, kembali' })).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel(/^Nomor antrean B-\d{3,}$/)).toBeVisible()
  expect(Date.now() - started).toBeLessThan(30_000)
  await expect(page.getByText('Standar waktu 45 menit')).toBeVisible()
  await snap(page, 'frontdesk-09-started-by-keyboard')
  await page.keyboard.press('Escape')
  await expect(search).toBeFocused()
})

test('a NIK already on file is refused with whose it is, what was typed stays, and the visitor is edited instead', async ({
  page,
}) => {
  await signInAsAdmin(page)
  await openScreen(page, /^Pengunjung/)
  await page.keyboard.press('Alt+N')
  const form = page.getByRole('form', { name: 'Pengunjung baru' })
  await form.getByLabel('Nama lengkap').fill('Dewi R.')
  await form.getByLabel('NIK', { exact: true }).fill(NIK)
  await form.getByLabel(/menyetujui pemrosesan data pribadinya/).check()
  await page.keyboard.press('Control+S')
  // The core's refusal: on the field, and in the alert, naming the visitor who has the NIK.
  await expect(form.getByText(`NIK ini sudah terdaftar atas nama ${NAME}.`, { exact: true })).toBeVisible()
  await expect(form.getByRole('alert')).toContainText(
    `NIK ini sudah terdaftar atas nama ${NAME}. Buka data pengunjung tersebut.`,
  )
  await expect(form.getByLabel('Nama lengkap')).toHaveValue('Dewi R.')
  await expect(form.getByLabel('NIK', { exact: true })).toHaveValue(NIK)
  await snap(page, 'frontdesk-10-duplicate-nik')

  await form.getByRole('button', { name: `Buka data ${NAME}` }).click()
  await expect(page.getByRole('heading', { name: NAME, level: 2 })).toBeVisible()
  await page.keyboard.press('Alt+E')
  const edit = page.getByRole('form', { name: 'Ubah data pengunjung' })
  await expect(edit.getByLabel('Nama lengkap')).toHaveValue(NAME)
  await expect(edit.getByLabel(/menyetujui pemrosesan data pribadinya/)).toBeChecked()
  await edit.getByLabel('Jabatan').fill('Ketua kelompok')
  await page.keyboard.press('Control+S')
  await expect(page.getByText(`Data ${NAME} tersimpan.`)).toBeVisible()
  await expect(page.getByRole('heading', { name: NAME, level: 2 })).toBeVisible()
  await expect(page.getByText('Ketua kelompok')).toBeVisible()
  await snap(page, 'frontdesk-11-edited')
})

test('a reload in the middle of typing keeps what was typed', async ({ page }) => {
  await signInAsAdmin(page)
  await openScreen(page, /^Pengunjung/)
  await page.keyboard.press('Alt+N')
  const form = page.getByRole('form', { name: 'Pengunjung baru' })
  await form.getByLabel('Nama lengkap').fill('Andi Pratama')
  await form.getByLabel('NIK', { exact: true }).fill('7371')
  await form.getByLabel('Alamat').fill('Jl. Perintis Kemerdekaan No. 7, Makassar')

  await page.reload()
  const restored = page.getByRole('form', { name: 'Pengunjung baru' })
  await expect(restored.getByLabel('Nama lengkap')).toHaveValue('Andi Pratama')
  await expect(restored.getByLabel('NIK', { exact: true })).toHaveValue('7371')
  await expect(restored.getByLabel('Alamat')).toHaveValue('Jl. Perintis Kemerdekaan No. 7, Makassar')
  await expect(page.getByText('Draf dipulihkan')).toBeVisible()
  await snap(page, 'frontdesk-12-draft-restored')

  // Leaving the form keeps the draft, and the search says so until it is saved or discarded.
  await page.keyboard.press('Escape')
  const banner = page.getByRole('alert').filter({ hasText: 'Pendaftaran belum disimpan' })
  await expect(banner).toContainText('Andi Pratama')
  await snap(page, 'frontdesk-13-draft-banner')
  await banner.getByRole('button', { name: 'Lanjutkan' }).click()
  await expect(page.getByRole('form', { name: 'Pengunjung baru' }).getByLabel('Nama lengkap')).toHaveValue(
    'Andi Pratama',
  )
  await page.keyboard.press('Escape')
  await page.getByRole('alert').getByRole('button', { name: 'Buang' }).click()
  await expect(page.getByText('Pendaftaran belum disimpan')).toHaveCount(0)
})

test('a visit written on paper is entered later with its real times, checked and flagged', async ({
  page,
}) => {
  await signInAsAdmin(page)
  await openScreen(page, /^Input susulan/)
  await expect(page.getByRole('heading', { name: 'Input susulan', level: 1 })).toBeVisible()

  const search = page.getByRole('combobox', { name: 'Cari pengunjung' })
  await expect(search).toBeFocused()
  await snap(page, 'frontdesk-14-late-empty')

  // A visitor not on file yet can be registered from here; Esc goes back to the search.
  await page.keyboard.press('Alt+N')
  await expect(page.getByRole('form', { name: 'Pengunjung baru' }).getByLabel('Nama lengkap')).toBeFocused()
  await snap(page, 'frontdesk-15-late-register')
  await page.keyboard.press('Escape')
  await expect(search).toBeFocused()

  await search.fill('Rahmawati')
  await expect(page.getByRole('option', { name: new RegExp(NAME) })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('late-visitor')).toHaveText(NAME)

  await page.getByRole('combobox', { name: 'Keperluan / prosedur' }).click()
  await page.getByRole('option', { name: /^001 ·/ }).click()

  // Two days ago is in the past and within 31 days in every Indonesian time zone.
  const day = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
  const [yyyy, mm, dd] = day.split('-')
  await page.getByLabel('Tanggal kedatangan').fill(`${dd}/${mm}/${yyyy}`)
  await page.getByLabel(/^Jam kedatangan/).fill('09:00')
  await expect(page.getByLabel('Langkah 1 mulai')).toHaveValue('09:00')
  await page.getByLabel('Langkah 1 selesai').fill('09:02')
  await expect(page.getByLabel('Langkah 2 mulai')).toHaveValue('09:02')
  // Typed the quick way; tidied when the field is left.
  await page.getByLabel('Langkah 2 selesai').fill('915')
  await page.getByLabel('Langkah 2 selesai').press('Tab')
  await expect(page.getByLabel('Langkah 2 selesai')).toHaveValue('09:15')
  // Step 2's standard is 5 minutes: it overran, so its reason is asked for (and step 1's is not).
  await expect(page.getByLabel('Alasan langkah 1 melewati standar')).toHaveCount(0)
  await page.getByLabel('Alasan langkah 2 melewati standar').fill('Berkas pengaduan dicari di arsip')
  // A step that starts before the previous one ended is refused as it is typed.
  await page.getByLabel('Langkah 3 mulai').fill('09:10')
  await expect(page.getByText(/^Langkah 3 mulai: Waktu langkah harus runtut/)).toBeVisible()
  await expect(page.getByLabel('Langkah 3 mulai')).toHaveAttribute('aria-invalid', 'true')
  await snap(page, 'frontdesk-16-late-order-error')

  await page.getByLabel('Langkah 3 mulai').fill('09:16')
  await expect(page.getByText(/Waktu langkah harus runtut/)).toHaveCount(0)
  await page.getByLabel('Langkah 3 selesai').fill('09:19')
  await page.getByLabel('Langkah 4 mulai').fill('09:20')
  await page.getByLabel('Langkah 4 selesai').fill('09:30')
  await page.getByLabel('Nomor antrean di kertas').fill('a-012')
  await page
    .getByRole('textbox', { name: /^Hasil/ })
    .fill('Progres pengaduan dijelaskan; menunggu disposisi kepala bidang.')
  await snap(page, 'frontdesk-17-late-filled')

  await page.getByRole('button', { name: 'Simpan kunjungan susulan' }).click()
  await expect(page.getByRole('heading', { name: 'Kunjungan susulan tersimpan' })).toBeVisible()
  await expect(page.getByText('Dimasukkan belakangan')).toBeVisible()
  await expect(
    page.getByText(new RegExp(`^[A-Z][A-Z0-9]{1,5}-${day.replaceAll('-', '')}-\\d{4,}$`)),
  ).toBeVisible()
  await expect(page.getByText(/antrean kertas A-012/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Buka kunjungan' })).toBeVisible()
  await snap(page, 'frontdesk-18-late-saved')

  // The draft is gone once the core has the visit: a reload starts an empty entry.
  await page.getByRole('button', { name: 'Input susulan berikutnya' }).click()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Input susulan', level: 1 })).toBeVisible()
  await expect(page.getByText('Draf dipulihkan')).toHaveCount(0)
})

test('English: the front desk reads naturally in the second locale', async ({ page }) => {
  await signInAsAdmin(page)
  await page.getByText('EN', { exact: true }).click()
  await openScreen(page, /^Visitors/)
  await expect(page.getByRole('heading', { name: 'Visitors', level: 1 })).toBeVisible()
  const search = page.getByRole('combobox', { name: 'Find a visitor' })
  await search.fill('Rahmawaty')
  await expect(page.getByRole('option', { name: new RegExp(NAME) })).toContainText('similar spelling')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Start a service' })).toBeVisible()
  await expect(page.getByRole('radio', { name: /Complaint progress inquiry/ })).toBeVisible()
  await expect(page.getByRole('group', { name: 'What the NIK says' })).toContainText('Female')
  await snap(page, 'frontdesk-19-english-visitor')

  await page.keyboard.press('Alt+N')
  const form = page.getByRole('form', { name: 'New visitor' })
  await form.getByLabel('NIK', { exact: true }).fill('3201-0a')
  await expect(
    form.getByText('An NIK has 16 digits; “a” is not a digit. Delete it and type again.'),
  ).toBeVisible()
  await form.getByRole('button', { name: 'Save visitor' }).click()
  await expect(form.getByText('This field is required.')).toBeVisible()
  await expect(form.getByText(/The visitor must consent to the processing/)).toBeVisible()
  await snap(page, 'frontdesk-20-english-form')
  await page.keyboard.press('Escape')
  await page.getByRole('alert').getByRole('button', { name: 'Discard' }).click()
})
