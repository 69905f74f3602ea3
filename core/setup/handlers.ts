import { v7 as uuidv7 } from 'uuid'
import { LoketError } from '../../common/errors'
import { hashPassword } from '../auth/password'
import { insertUser } from '../auth/users'
import type { Handler } from '../handler'
import { readMeta, writeMeta } from '../meta/local-meta'
import { upsertOwnDesk, writeOfficeSettings } from '../settings/repository'
import { readHolidaySeeds, seedHolidays } from '../calendar/holidays'

/**
 * First run on a desk: give it an identity, record the office and create the first
 * administrator, all in one transaction so a crash leaves either nothing or a usable desk.
 */
export const runSetup: Handler<'setup.run'> = async (ctx, input, call) => {
  if (readMeta(ctx.db, 'desk_id') !== null) throw new LoketError('setup_already_done')
  const passwordHash = await hashPassword(input.adminPassword)
  const holidaySeeds = readHolidaySeeds(ctx.resourcesFolder)
  const now = ctx.now()
  const admin = call.write((tx) => {
    // Checked again inside the write lock: two setup calls racing must not both succeed.
    if (readMeta(tx, 'desk_id') !== null) throw new LoketError('setup_already_done')
    const officeId = uuidv7()
    writeMeta(tx, 'desk_id', uuidv7())
    writeMeta(tx, 'office_id', officeId)
    // A stand-alone desk is the office's only one: the first block of queue numbers is its own.
    writeMeta(tx, 'queue_block', '0')
    upsertOwnDesk(tx, { officeId, code: input.deskCode, name: `Loket ${input.deskCode}` }, now)
    writeOfficeSettings(
      tx,
      {
        officeName: input.officeName,
        officeAddress: input.officeAddress,
        timeZone: input.timeZone,
        letterheadLogo: null,
      },
      now,
    )
    // No central server will send it the calendar: it starts with the shipped years.
    seedHolidays(tx, holidaySeeds, now)
    const created = insertUser(
      tx,
      { username: input.adminUsername, fullName: input.adminFullName, role: 'admin', passwordHash },
      now,
    )
    call.audit.userId = created.id
    call.audit.detail = { officeName: input.officeName, deskCode: input.deskCode, admin: created.username }
    return created
  })
  return { username: admin.username }
}
