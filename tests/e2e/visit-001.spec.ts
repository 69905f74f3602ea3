import { expect, test } from '@playwright/test'
import { signInAsAdmin, snap } from './helpers'
import { PROCEDURE_001, emptyWaitingRoom, rpc, startVisit } from './queue-helpers'

/**
 * The officer's journey through SOP 001 (walk-in complaint-progress inquiry): the visitor waits,
 * F8 calls them, steps 2–4 are worked with Ctrl+Enter, a reload in the middle changes nothing, and
 * the outcome closes the visit with each step's time against its standard.
 */
test.describe.configure({ mode: 'serial' })

/** Seconds shown by a timer `mm:ss / …`. */
function seconds(text: string): number {
  const match = /(\d+):(\d{2})/.exec(text)
  if (!match) throw new Error(`no timer in "${text}"`)
  return Number(match[1]) * 60 + Number(match[2])
}

test('001: F8 calls the visitor, steps 2–4 are worked, a reload keeps the state, the outcome closes the visit', async ({
  page,
}) => {
  await signInAsAdmin(page)
  await emptyWaitingRoom(page)
  const { deskCode } = await rpc(page, 'app.info', {})
  const visit = await startVisit(
    page,
    'Rahmat Hidayat',
    PROCEDURE_001,
    'Menanyakan pengaduan yang dikirim bulan lalu',
  )
  const number = visit.queueNumber ?? ''
  expect(number).toMatch(/^A-\d{3,}$/)

  await page.getByRole('button', { name: /^Antrean/ }).click()
  await expect(page.getByRole('heading', { name: 'Antrean hari ini' })).toBeVisible()
  const row = page.getByRole('row', { name: `${number} Rahmat Hidayat` })
  await expect(row).toContainText('Menunggu dipanggil')
  await expect(row.getByRole('timer')).toContainText('/ 02:00')

  // F8: the next visitor is called to this desk and their visit opens.
  await page.keyboard.press('F8')
  await expect(page.getByRole('heading', { level: 1, name: number })).toBeVisible()
  await expect(page.getByText(`${number} dipanggil ke Loket ${deskCode}.`)).toBeVisible()
  await expect(page.getByText(`dipanggil ke Loket ${deskCode} pukul`)).toBeVisible()
  await expect(page.getByText(visit.visitNumber)).toBeVisible()
  await expect(page.getByText(/^NIK 3203•+\d{4}$/)).toBeVisible()
  const steps = page.getByRole('list').filter({ has: page.getByRole('listitem', { name: /^Langkah 1/ }) })
  await expect(steps.getByRole('listitem', { name: 'Langkah 1: Selesai' })).toContainText(
    'Mendatangi ruang tunggu',
  )
  await expect(steps.getByRole('listitem', { name: 'Langkah 2: Berjalan' })).toContainText('5 menit')
  await expect(steps.getByRole('listitem', { name: 'Langkah 3: Belum' })).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Sekarang: langkah 2/ })).toBeVisible()
  await snap(page, 'queue-visit001-step2')

  // Step 2 → 3 with the keyboard.
  await page.keyboard.press('Control+Enter')
  await expect(steps.getByRole('listitem', { name: 'Langkah 2: Selesai' })).toBeVisible()
  await expect(steps.getByRole('listitem', { name: 'Langkah 3: Berjalan' })).toBeVisible()

  // A reload in the middle of step 3: the same step runs, its timer goes on from the stored start.
  const timer = page.getByRole('timer', { name: 'Waktu berjalan langkah 3' }).first()
  await expect(timer).toContainText('/ 3 menit')
  await page.waitForTimeout(1500)
  const before = seconds((await timer.textContent()) ?? '')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: number })).toBeVisible()
  await expect(steps.getByRole('listitem', { name: 'Langkah 3: Berjalan' })).toBeVisible()
  await expect(steps.getByRole('listitem', { name: 'Langkah 2: Selesai' })).toBeVisible()
  await expect
    .poll(async () => seconds((await timer.textContent()) ?? ''), { timeout: 5000 })
    .toBeGreaterThan(before)
  await snap(page, 'queue-visit001-step3-after-reload')

  // Step 3 → 4 with the button; the last step asks for the outcome.
  await page.getByRole('button', { name: 'Selesai, lanjut ke langkah berikutnya' }).click()
  await expect(steps.getByRole('listitem', { name: 'Langkah 4: Berjalan' })).toBeVisible()
  const outcome = page.getByLabel('Hasil layanan')
  await page.getByRole('button', { name: 'Selesaikan kunjungan' }).click()
  await expect(page.getByText('Catat hasil layanan untuk menyelesaikan kunjungan.')).toBeVisible()

  // What is typed survives a reload (a draft), and finishing records it.
  await outcome.fill('Pengaduan sedang ditelaah unit terkait; pelapor diberi catatan konsultasi.')
  await page.reload()
  await expect(outcome).toHaveValue(
    'Pengaduan sedang ditelaah unit terkait; pelapor diberi catatan konsultasi.',
  )
  await snap(page, 'queue-visit001-step4-outcome')
  await page.getByRole('button', { name: 'Selesaikan kunjungan' }).click()

  await expect(page.getByText(/^Kunjungan selesai pukul \d{2}:\d{2}:\d{2}$/)).toBeVisible()
  await expect(page.getByText(/^Lama layanan \d{2}:\d{2} dari standar 20 menit\.$/)).toBeVisible()
  await expect(page.getByText('Pengaduan sedang ditelaah unit terkait', { exact: false })).toBeVisible()
  for (const [no, standard] of [
    [1, '2 menit'],
    [2, '5 menit'],
    [3, '3 menit'],
    [4, '10 menit'],
  ] as const) {
    const step = steps.getByRole('listitem', { name: `Langkah ${no}: Selesai` })
    await expect(step.getByRole('group', { name: `Durasi langkah ${no}` })).toContainText(
      new RegExp(`\\d{2}:\\d{2} / ${standard}`),
    )
    await expect(step).toContainText('Sesuai standar')
  }
  await expect(page.getByRole('timer')).toHaveCount(0)
  await snap(page, 'queue-visit001-done')

  // The board lists it as done.
  await page.getByRole('button', { name: 'Kembali ke antrean' }).click()
  await expect(
    page
      .getByRole('region', { name: 'Selesai', exact: true })
      .getByRole('row', { name: `${number} Rahmat Hidayat` }),
  ).toBeVisible()
})
