import { and, eq } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../../server/schema'
import { enrolledDesk as enrolledDeskOn, officeWithStaff } from '../../helpers/office'
import type { TestServerDatabase } from '../../helpers/server-db'
import { SERVER_BACKENDS, openTestServerDatabase } from '../../helpers/server-db'
import type { TempCore } from '../../helpers/temp-core'
import { visitorInput } from '../../helpers/temp-core'
import type { TestServer } from '../../helpers/test-server'
import { startTestServer } from '../../helpers/test-server'
import { ScriptedSpooler } from '../printing/scripted-spooler'
import { forge } from '../../helpers/forge'

/**
 * Issue 10's tables in the sync, with real desks (SQLite files, their contract) and a real central
 * server over HTTP, on PGlite and, when TEST_DATABASE_URL names one, PostgreSQL. It proves "every
 * table this issue adds ... joins the sync in the direction docs/SYNC-PROTOCOL.md gives it (the
 * print log goes up)": a desk that printed a receipt pushes its `documents` row (number, SHA-256,
 * never the bytes, which stay in the desk's own `document_files`) and its `print_log` line (who,
 * which printer, copies, reprint or not); another desk of the office never receives either (up
 * only); the print queue itself (`print_jobs`) never leaves the desk; and a print log line a desk
 * pushes in another desk's name is refused as `not_own_desk` (server/sync/admit.ts) and reported
 * on the desk, not stored.
 */

describe.each(SERVER_BACKENDS)('documents and the print log synced up, on %s', (backend) => {
  let central: TestServer
  let database: TestServerDatabase
  const desks: TempCore[] = []
  beforeAll(async () => {
    database = await openTestServerDatabase(backend)
    central = await startTestServer(database)
  })
  afterAll(async () => {
    for (const desk of desks) desk.dispose()
    // Closed the moment the desks drop their streams of news, the server on PostgreSQL can wait
    // forever: let it see them go first (bounded).
    for (let tries = 0; tries < 100 && central.feed.connections > 0; tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 50))
    await central.close()
    await database.dispose()
  })

  const officeRows = (officeId: string, table: string) =>
    database.db
      .select()
      .from(rows)
      .where(and(eq(rows.officeId, officeId), eq(rows.tableName, table)))

  /** A desk enrolled with the office, printing its receipts to a scripted receipt printer. */
  async function printingDesk(officeId: string, deskCode: string) {
    const spooler = new ScriptedSpooler()
    spooler.setPrinter('EPSON-TM-T82')
    const desk = await enrolledDeskOn(central, desks, officeId, deskCode, 'sari', { spooler })
    await desk.call('print.setup', {
      receiptPrinter: 'EPSON-TM-T82',
      receiptPaper: 'roll80',
      documentPrinter: null,
      autoPrintReceipt: false,
    })
    return { desk, spooler }
  }

  /** Polls the desk's jobs until the spooler has taken `jobId` (bounded; the queue runs on real time). */
  async function spooled(desk: TempCore, jobId: string): Promise<void> {
    for (let tries = 0; tries < 200; tries += 1) {
      const job = (await desk.call('print.jobs', {})).find((j) => j.id === jobId)
      if (job && ['spooled', 'done'].includes(job.state)) return
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error(`job ${jobId} was never taken by the spooler`)
  }

  it('pushes the document row (number, SHA-256, no bytes) and the print log line, and no other desk gets them', async () => {
    const officeId = await officeWithStaff(central, `Kantor Cetak ${backend}`)
    const { desk: a } = await printingDesk(officeId, 'LK1')
    const b = await enrolledDeskOn(central, desks, officeId, 'LK2')
    const sari = (await a.call('auth.session', {}))?.id
    const visitor = await a.call('visitors.register', visitorInput({ fullName: 'Dewi Lestari' }))
    const visit = await a.call('visits.start', { visitorId: visitor.id, purpose: 'complaint_progress' })
    const receipt = await a.call('documents.issue', { kind: 'receipt', visitId: visit.id })
    const job = await a.call('print.submit', { documentId: receipt.id, copies: 2 })
    await spooled(a, job.id)
    expect(await a.call('sync.now', {})).toMatchObject({ pending: 0, rejected: 0 })

    const [document, ...otherDocuments] = await officeRows(officeId, 'documents')
    expect(otherDocuments).toEqual([])
    expect(document?.rowId).toBe(receipt.id)
    expect(document?.data).toMatchObject({
      kind: 'receipt',
      number: receipt.number,
      visitId: visit.id,
      sha256: receipt.sha256,
      byteLength: receipt.byteLength,
      copyOf: null,
    })
    // The row carries the hash, never the PDF: the bytes stay on the desk that drew them.
    expect(Object.keys(document?.data ?? {})).not.toContain('bytes')
    expect(JSON.stringify(document?.data).length).toBeLessThan(2_000)
    expect(await officeRows(officeId, 'document_files')).toEqual([])
    expect(await officeRows(officeId, 'print_jobs')).toEqual([])

    const [line, ...otherLines] = await officeRows(officeId, 'print_log')
    expect(otherLines).toEqual([])
    const aDeskId = (await officeRows(officeId, 'desks')).find((r) => r.data.code === 'LK1')?.rowId
    expect(line?.data).toMatchObject({
      userId: sari,
      deskId: aDeskId,
      documentId: receipt.id,
      documentNumber: receipt.number,
      kind: 'receipt',
      printer: 'EPSON-TM-T82',
      copies: 2,
      reprint: false,
      jobId: job.id,
    })

    // Up only: the other desk of the office has the visit, but neither its receipt nor the print.
    await b.call('sync.now', {})
    expect((await b.call('visits.get', { id: visit.id })).visitNumber).toBe(visit.visitNumber)
    expect(await b.call('documents.ofVisit', { visitId: visit.id })).toEqual([])
    expect(await b.call('print.log', { limit: 10 })).toEqual([])
    expect(await b.call('print.jobs', {})).toEqual([])
    expect((await b.call('sync.status', {})).held).toBe(0)
  })

  it('refuses a print log line a desk pushes in another desk’s name (not_own_desk), and reports it on the desk', async () => {
    const officeId = await officeWithStaff(central, `Kantor Nama Lain ${backend}`)
    const { desk: a } = await printingDesk(officeId, 'LK1')
    await enrolledDeskOn(central, desks, officeId, 'LK2')
    const visitor = await a.call('visitors.register', visitorInput({ fullName: 'Budi Santoso' }))
    const visit = await a.call('visits.start', { visitorId: visitor.id, purpose: 'complaint_progress' })
    const receipt = await a.call('documents.issue', { kind: 'receipt', visitId: visit.id })
    await spooled(a, (await a.call('print.submit', { documentId: receipt.id })).id)
    await a.call('sync.now', {})
    const [honest] = await officeRows(officeId, 'print_log')
    const bDeskId = (await officeRows(officeId, 'desks')).find((r) => r.data.code === 'LK2')?.rowId
    expect(honest?.data).toBeDefined()
    expect(bDeskId).toBeDefined()

    // What a tamperer with desk LK1's files does: a print log line naming LK2 as the desk that printed.
    const forgedId = uuidv7()
    forge(a, 'print_log', forgedId, { ...honest?.data, id: forgedId, deskId: bDeskId, jobId: uuidv7() })
    expect(await a.call('sync.now', {})).toMatchObject({ pending: 0, rejected: 1 })
    expect(await a.call('sync.rejects', {})).toMatchObject([
      {
        direction: 'up',
        tableName: 'print_log',
        rowId: forgedId,
        code: 'not_own_desk',
        message: 'print_log.deskId names another desk',
      },
    ])
    expect((await officeRows(officeId, 'print_log')).map((r) => r.rowId)).toEqual([honest?.rowId])
  })
})
