import { afterAll, beforeAll } from 'vitest'
import { createEnrolmentCode, createOffice, createUser } from '../../server/admin/operations'
import type { TestServer } from './test-server'
import { startTestServer } from './test-server'
import type { TempCore } from './temp-core'
import { tempCore } from './temp-core'

/** The password the office's test users get: `sandi-<username>-1`. */
export const passwordOf = (username: string): string => `sandi-${username}-1`

/** An office on the central server with an administrator (`sari`) and a receptionist (`rina`). */
export async function officeWithStaff(central: TestServer, name: string): Promise<string> {
  const { db } = central.database
  const { officeId } = await createOffice(db, { name }, Date.now())
  for (const [username, role] of [
    ['sari', 'admin'],
    ['rina', 'receptionist'],
  ] as const) {
    await createUser(
      db,
      { officeId, username, fullName: username, role, password: passwordOf(username) },
      Date.now(),
    )
  }
  return officeId
}

/**
 * A desk on a real SQLite file enrolled with the office through its contract, its clock at real
 * time unless the test moves it, signed in as `username`; kept in `desks` for disposal.
 */
export async function enrolledDesk(
  central: TestServer,
  desks: TempCore[],
  officeId: string,
  deskCode: string,
  username = 'sari',
  more: Parameters<typeof tempCore>[2] = {},
): Promise<TempCore> {
  const desk = tempCore(undefined, { now: Date.now() }, more)
  desks.push(desk)
  const { code } = await createEnrolmentCode(central.database.db, { officeId }, Date.now())
  await desk.call('sync.enroll', { serverUrl: central.url, code, deskCode })
  await desk.call('auth.login', { username, password: passwordOf(username) })
  return desk
}

/**
 * A central server for a test file's tests (started before the first, closed after the last) and
 * the desks they enrol into `desks`, disposed of after them. Call at the top of the file.
 */
export function centralForFile(): { readonly central: TestServer; desks: TempCore[] } {
  const desks: TempCore[] = []
  let started: TestServer | null = null
  beforeAll(async () => {
    started = await startTestServer()
  })
  afterAll(async () => {
    for (const desk of desks) desk.dispose()
    await started?.close()
  })
  return {
    get central() {
      if (!started) throw new Error('the central server starts in beforeAll')
      return started
    },
    desks,
  }
}
