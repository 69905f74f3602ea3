import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { signInAsAdmin, snap } from './helpers'
import { PROCEDURE_003, startVisit } from './queue-helpers'

/**
 * SOP 003 (walk-in consultation with escalation): a case resolved at the counter skips the
 * escalation steps; one that is not goes to the division and then the head of office. The path
 * taken stays visible in the steps.
 */
test.describe.configure({ mode: 'serial' })

async function openFromBoard(page: Page, number: string, name: string) {
  await page.getByRole('button', { name: /^Antrean/ }).click()
  const row = page.getByRole('row', { name: `${number} ${name}` })
  await row.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: number })).toBeVisible()
}

test('003: resolved at the counter, the escalation steps are skipped', async ({ page }) => {
  await signInAsAdmin(page)
  const visit = await startVisit(page, 'Yusuf Maulana', PROCEDURE_003, 'Konsultasi dana desa')
  const number = visit.queueNumber ?? ''
  expect(number).toMatch(/^B-\d{3,}$/)
  await openFromBoard(page, number, 'Yusuf Maulana')

  // Not yet called: the only thing to do is to call (the core refuses to advance a waiting visit).
  await expect(page.getByRole('heading', { name: 'Pengunjung menunggu dipanggil' })).toBeVisible()
  await expect(page.getByRole('button', { name: /Selesai/ })).toHaveCount(0)
  await expect(page.getByText('/ 45 menit')).toBeVisible()
  await page.getByRole('button', { name: /^Panggil Ctrl\+Enter/ }).click()

  const steps = page.getByRole('list').filter({ has: page.getByRole('listitem', { name: /^Langkah 1/ }) })
  await expect(steps.getByRole('listitem', { name: 'Langkah 2: Berjalan' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Selesai di tingkat ini/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Eskalasi ke Bidang yang membidangi/ })).toBeVisible()
  await snap(page, 'queue-visit003-choose')

  await page.getByRole('button', { name: /^Selesai di tingkat ini/ }).click()
  await expect(steps.getByRole('listitem', { name: 'Langkah 3: Dilewati' })).toBeVisible()
  await expect(steps.getByRole('listitem', { name: 'Langkah 4: Dilewati' })).toBeVisible()
  await expect(steps.getByRole('listitem', { name: 'Langkah 5: Berjalan' })).toBeVisible()
  await page.getByLabel('Hasil layanan').fill('Diberi saran penyusunan RAB dana desa sesuai petunjuk teknis.')
  await page.keyboard.press('Control+Enter')

  await expect(page.getByText(/^Kunjungan selesai pukul/)).toBeVisible()
  await expect(page.getByText(/^Lama layanan \d{2}:\d{2} dari standar 45 menit\.$/)).toBeVisible()
  for (const no of [1, 2, 5])
    await expect(steps.getByRole('listitem', { name: `Langkah ${no}: Selesai` })).toBeVisible()
  for (const no of [3, 4]) {
    await expect(steps.getByRole('listitem', { name: `Langkah ${no}: Dilewati` })).toContainText(
      'Dilewati: kasus selesai sebelum tingkat ini.',
    )
  }
  await snap(page, 'queue-visit003-resolved')
})

test('003: escalated to the division and then to the head of office, no step is skipped', async ({
  page,
}) => {
  await signInAsAdmin(page)
  const visit = await startVisit(page, 'Nur Aini', PROCEDURE_003)
  const number = visit.queueNumber ?? ''
  await openFromBoard(page, number, 'Nur Aini')
  await page.keyboard.press('Control+Enter')

  const steps = page.getByRole('list').filter({ has: page.getByRole('listitem', { name: /^Langkah 1/ }) })
  await expect(steps.getByRole('listitem', { name: 'Langkah 2: Berjalan' })).toBeVisible()
  await page.getByRole('button', { name: /^Eskalasi ke Bidang yang membidangi/ }).click()
  await expect(steps.getByRole('listitem', { name: 'Langkah 3: Berjalan' })).toBeVisible()

  // Still unresolved at the division: on to the head of office, with the keyboard.
  await expect(
    page.getByRole('button', { name: /^Eskalasi ke Pimpinan \(Sekdis\/Kepala Dinas\)/ }),
  ).toBeVisible()
  await page.keyboard.press('Control+Shift+Enter')
  await expect(steps.getByRole('listitem', { name: 'Langkah 4: Berjalan' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Eskalasi/ })).toHaveCount(0)
  await snap(page, 'queue-visit003-escalated')

  await page.getByRole('button', { name: /^Selesai, lanjut ke langkah berikutnya/ }).click()
  await expect(steps.getByRole('listitem', { name: 'Langkah 5: Berjalan' })).toBeVisible()
  await page
    .getByLabel('Hasil layanan')
    .fill('Arahan Kepala Dinas: usulan diajukan kembali pada perubahan APBDes.')
  await page.getByRole('button', { name: /^Selesaikan kunjungan/ }).click()

  await expect(page.getByText(/^Kunjungan selesai pukul/)).toBeVisible()
  for (const no of [1, 2, 3, 4, 5]) {
    await expect(steps.getByRole('listitem', { name: `Langkah ${no}: Selesai` })).toBeVisible()
  }
  await expect(steps.getByRole('listitem', { name: /Dilewati/ })).toHaveCount(0)
  await snap(page, 'queue-visit003-escalated-done')
})

test('003: a walk-in consultation is recorded from its visit, with the keyboard, and opens as a consultation', async ({
  page,
}) => {
  await signInAsAdmin(page)
  const visit = await startVisit(page, 'Rahmat Hidayat', PROCEDURE_003, 'Penyusunan RPJMDes')
  const number = visit.queueNumber ?? ''
  await openFromBoard(page, number, 'Rahmat Hidayat')
  // Waiting: nothing to record yet.
  await expect(page.getByRole('button', { name: 'Catat sebagai konsultasi' })).toHaveCount(0)
  await page.keyboard.press('Control+Enter')

  await page.getByRole('button', { name: 'Catat sebagai konsultasi' }).click()
  const dialog = page.getByRole('dialog', { name: 'Catat sebagai konsultasi' })
  const subject = dialog.getByLabel(/^Substansi permasalahan/)
  // The receptionist's note is the subject's first draft.
  await expect(subject).toHaveValue('Penyusunan RPJMDes')
  await subject.fill('')
  await page.keyboard.press('Control+s')
  await expect(dialog.getByText('Tulis substansi permasalahan.')).toBeVisible()
  await subject.fill('Penyusunan RPJMDes 2027–2032 dan jadwal musyawarah desa')
  await page.keyboard.press('Control+s')
  await expect(dialog).toBeHidden()

  const linked = page.getByText(/^Konsultasi KON-[A-Z0-9]+-\d{8}-\d{4}$/)
  await expect(linked).toBeVisible()
  const consultationNumber = (await linked.textContent()) ?? ''
  await page.getByRole('button', { name: 'Buka konsultasi' }).click()
  await expect(page.getByText(consultationNumber.replace('Konsultasi ', '')).first()).toBeVisible()
  await expect(
    page.getByText('Penyusunan RPJMDes 2027–2032 dan jadwal musyawarah desa').first(),
  ).toBeVisible()
  await expect(page.getByText(`kunjungan kasus`).first()).toBeVisible()
  await snap(page, 'consultation-walk-in')
})
