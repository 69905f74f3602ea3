import { expect, test } from '@playwright/test'
import { signInAsAdmin, snap } from './helpers'
import { PROCEDURE_001, emptyWaitingRoom, rpcResult, startVisit } from './queue-helpers'

/**
 * A step past its standard time turns visibly overdue, and the visit cannot close until the reason
 * is recorded. The web host's core runs on the real clock, so the core's refusal needs a step that
 * is really overdue: the shortest standard of the built-in SOPs is SOP 001's waiting step (2
 * minutes), so this journey lets one visitor wait that long once. Meanwhile a second browser
 * context with its clock moved ahead shows what the counter sees as the minutes pass.
 */
const WAITING_STANDARD_MS = 2 * 60_000

test('overdue: the waiting step turns overdue on board and visit; the core refuses to close the visit until the reason is recorded', async ({
  page,
  browser,
}) => {
  test.setTimeout(4 * 60_000)
  await signInAsAdmin(page)
  await emptyWaitingRoom(page)
  const visit = await startVisit(page, 'Lukman Hakim', PROCEDURE_001)
  const arrived = Date.now()
  const number = visit.queueNumber ?? ''

  // A second desk window whose clock runs 2½ minutes ahead: the timers are the browser's own.
  const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta' })
  const ahead = await context.newPage()
  await ahead.clock.install()
  await signInAsAdmin(ahead)
  await ahead.getByRole('button', { name: /^Antrean/ }).click()
  const waitingRow = ahead
    .getByRole('region', { name: 'Menunggu', exact: true })
    .getByRole('row', { name: `${number} Lukman Hakim` })
  await expect(waitingRow).toBeVisible()
  await expect(ahead.getByRole('region', { name: 'Melewati standar' })).toHaveCount(0)
  await ahead.clock.fastForward('02:30')
  const overdueRow = ahead
    .getByRole('region', { name: 'Melewati standar', exact: true })
    .getByRole('row', { name: `${number} Lukman Hakim` })
  await expect(overdueRow).toContainText('Menunggu dipanggil')
  await expect(overdueRow.getByRole('timer')).toContainText(/Lewat 00:\d{2}/)
  await expect(ahead.getByRole('group', { name: /^Melewati standar: [1-9]/ })).toBeVisible()
  await snap(ahead, 'queue-overdue-board')
  await overdueRow.focus()
  await ahead.keyboard.press('Enter')
  await expect(ahead.getByRole('heading', { level: 1, name: number })).toBeVisible()
  const aheadStep1 = ahead.getByRole('listitem', { name: 'Langkah 1: Berjalan' })
  await expect(aheadStep1).toContainText('Melewati standar')
  await expect(aheadStep1.getByRole('timer')).toContainText(/Lewat 00:\d{2}/)
  await snap(ahead, 'queue-overdue-visit-waiting')
  await context.close()

  // Real time: once the waiting step is past its standard for the core as well, call the visitor.
  const remaining = arrived + WAITING_STANDARD_MS + 5_000 - Date.now()
  if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining))
  await page.getByRole('button', { name: /^Antrean/ }).click()
  await expect(
    page
      .getByRole('region', { name: 'Melewati standar', exact: true })
      .getByRole('row', { name: `${number} Lukman Hakim` }),
  ).toBeVisible()
  await page.keyboard.press('F8')
  await expect(page.getByRole('heading', { level: 1, name: number })).toBeVisible()
  const step1 = page.getByRole('listitem', { name: 'Langkah 1: Selesai' })
  await expect(step1).toContainText('Melewati standar')
  const reason = page.getByLabel('Alasan langkah 1 melewati standar')
  await expect(reason).toBeVisible()
  await snap(page, 'queue-overdue-reason-asked')

  // Steps 2 and 3 kept their own standards and go on.
  await page.keyboard.press('Control+Enter')
  await expect(page.getByRole('listitem', { name: 'Langkah 3: Berjalan' })).toBeVisible()
  await page.keyboard.press('Control+Enter')
  await expect(page.getByRole('listitem', { name: 'Langkah 4: Berjalan' })).toBeVisible()

  // The core will not close the visit while step 1's overrun is unexplained…
  const refused = await rpcResult(page, 'visits.advance', {
    visitId: visit.id,
    stepNo: 4,
    outcome: 'Progres pengaduan disampaikan.',
  })
  expect(refused.ok ? null : refused.error.code).toBe('reason_required')
  expect(refused.ok ? null : refused.error.message.id).toBe(
    'Langkah ini melewati standar waktu. Catat alasannya sebelum melanjutkan.',
  )

  // …and the screen asks for it on the field.
  await page
    .getByLabel('Hasil layanan')
    .fill('Progres pengaduan disampaikan; pelapor menerima catatan konsultasi.')
  await page.getByRole('button', { name: /^Selesaikan kunjungan/ }).click()
  await expect(page.getByText('Wajib diisi: catat alasannya.')).toBeVisible()
  await expect(reason).toBeFocused()
  await reason.fill('Antrean panjang: dua loket lain sedang tutup.')
  // Ctrl+Enter inside the reason box saves that reason only (issue 8, fault 9): the last step runs on.
  await reason.press('Control+Enter')
  await expect(page.getByText('Alasan tersimpan.')).toBeVisible()
  await expect(page.getByLabel('Alasan langkah 1 melewati standar')).toHaveCount(0)
  await expect(page.getByRole('listitem', { name: 'Langkah 4: Berjalan' })).toBeVisible()
  await expect(page.getByText(/^Kunjungan selesai pukul/)).toHaveCount(0)
  await page.getByRole('button', { name: /^Selesaikan kunjungan/ }).click()

  await expect(page.getByText(/^Kunjungan selesai pukul/)).toBeVisible()
  const done1 = page.getByRole('listitem', { name: 'Langkah 1: Selesai' })
  await expect(done1).toContainText('Alasan melewati standar: Antrean panjang: dua loket lain sedang tutup.')
  await expect(done1.getByRole('group', { name: 'Durasi langkah 1' })).toContainText(
    /0[2-3]:\d{2} \/ 2 menit/,
  )
  await expect(done1.getByRole('group', { name: 'Durasi langkah 1' })).toContainText(/Lewat 00:\d{2}/)
  await expect(page.getByLabel('Alasan langkah 1 melewati standar')).toHaveCount(0)
  await snap(page, 'queue-overdue-done')
})
