import { parseArgs } from 'node:util'
import { openServerDatabase } from './database'
import { adminErrorBody } from './admin/errors'
import { importHolidays, listHolidays, removeHoliday, setHoliday } from './admin/holidays'
import {
  createEnrolmentCode,
  createOffice,
  createUser,
  disableUser,
  listDesks,
  listRejections,
  revokeDesk,
} from './admin/operations'

const USAGE = `usage: npm run server:admin -- <command> [options]   (prints JSON)
  create-office   --name <name>              (starts with every shipped year of holidays)
  create-code     --office <officeId> [--ttl-hours 24]
  list-desks      [--office <officeId>]      (with each desk's code and queue block)
  revoke-desk     --desk <deskId>            (frees its desk code and queue block)
  list-rejections --office <officeId> [--limit 200]   (changes desks pushed that the server refused, and why)
  create-user     --office <officeId> --username <u> --full-name <name> --role receptionist|officer|staff|admin --password <p>
  disable-user    --office <officeId> --username <u>
  holidays import --year <yyyy> [--office <officeId>] [--force]   (resources/holidays/<yyyy>.json; every office without --office;
                  days an office removed or renamed are kept unless --force, e.g. for a revised decree)
  holidays add    --office <officeId> --date <yyyy-mm-dd> --name <name> [--kind local|national|cuti_bersama]
  holidays remove --office <officeId> --date <yyyy-mm-dd>
  holidays list   --office <officeId> [--year <yyyy>]
Uses DATABASE_URL, or PGlite in LOKET_SERVER_DATA (./server-data); with PGlite, stop the server first
(PGlite is single-process) or use the admin HTTP API.`

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      office: { type: 'string' },
      desk: { type: 'string' },
      'ttl-hours': { type: 'string' },
      username: { type: 'string' },
      'full-name': { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
      year: { type: 'string' },
      date: { type: 'string' },
      kind: { type: 'string' },
      force: { type: 'boolean' },
      limit: { type: 'string' },
    },
  })
  const [command, subcommand] = positionals
  if (!command) {
    console.error(USAGE)
    return 2
  }
  const database = await openServerDatabase({
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    dataDir: process.env.LOKET_SERVER_DATA ?? './server-data',
  })
  const now = Date.now()
  const { db } = database
  try {
    const run: Record<string, () => Promise<unknown>> = {
      'create-office': () => createOffice(db, { name: values.name }, now),
      'create-code': () =>
        createEnrolmentCode(
          db,
          {
            officeId: values.office,
            ...(values['ttl-hours'] ? { ttlHours: Number(values['ttl-hours']) } : {}),
          },
          now,
        ),
      'list-desks': () => listDesks(db, values.office),
      'revoke-desk': () => revokeDesk(db, values.desk ?? '', now),
      'list-rejections': () => listRejections(db, { officeId: values.office, limit: values.limit }),
      'create-user': () =>
        createUser(
          db,
          {
            officeId: values.office,
            username: values.username,
            fullName: values['full-name'],
            role: values.role,
            password: values.password,
          },
          now,
        ),
      'disable-user': () => disableUser(db, { officeId: values.office, username: values.username }, now),
    }
    const holidays: Record<string, () => Promise<unknown>> = {
      import: () =>
        importHolidays(db, { year: values.year, officeId: values.office, force: values.force ?? false }, now),
      add: () =>
        setHoliday(
          db,
          {
            officeId: values.office,
            date: values.date,
            name: values.name,
            ...(values.kind ? { kind: values.kind } : {}),
          },
          now,
        ),
      remove: () => removeHoliday(db, { officeId: values.office, date: values.date }, now),
      list: () => listHolidays(db, { officeId: values.office, year: values.year }),
    }
    const operation = command === 'holidays' ? holidays[subcommand ?? ''] : run[command]
    if (!operation) {
      console.error(`unknown command ${positionals.join(' ')}\n${USAGE}`)
      return 2
    }
    console.log(JSON.stringify(await operation(), null, 2))
    return 0
  } catch (error) {
    const body = adminErrorBody(error)
    if (!body) throw error
    console.log(JSON.stringify(body, null, 2))
    return 1
  } finally {
    await database.close()
  }
}

void main().then((code) => process.exit(code))
