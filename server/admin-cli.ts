import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { openServerDatabase } from './database'
import { complaintErrorBody } from './admin/complaint-errors'
import { AdminError } from './admin/errors'
import { importComplaints } from './admin/complaint-import'
import {
  addComplaintEvent,
  createComplaint,
  linkLaporTrackingId,
  listComplaints,
  setComplaintDeadlines,
  showComplaint,
} from './admin/complaints'
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
  create-user     --office <officeId> --username <u> --full-name <name> --role receptionist|officer|staff|head|admin --password <p>
  disable-user    --office <officeId> --username <u>
  holidays import --year <yyyy> [--office <officeId>] [--force]   (resources/holidays/<yyyy>.json; every office without --office;
                  days an office removed or renamed are kept unless --force, e.g. for a revised decree)
  holidays add    --office <officeId> --date <yyyy-mm-dd> --name <name> [--kind local|national|cuti_bersama]
  holidays remove --office <officeId> --date <yyyy-mm-dd>
  holidays list   --office <officeId> [--year <yyyy>]
  complaints create --office <officeId> --channel walk_in|whatsapp|email|website|lapor|letter --subject <text>
                  --name <complainant> [--nik <16 digits>] [--phone <no>] [--category <c>]
                  [--classification aspirasi|pengaduan|permintaan_informasi] [--lapor-id <id>]
                  [--reported-at <ISO with zone>] [--reporter admin_nasional|admin_instansi|…] [--actor <who>] [--note <n>]
                  (numbered ADU-PUSAT-YYYYMMDD-NNNN on the office's day)
  complaints event --office <officeId> --complaint <id|number|LAPOR! ID>
                  --kind reported|forwarded|received|returned|responded|followed_up|completed|closed
                  [--at <ISO with zone>] [--by <holder>] [--to <holder>] [--actor <who>] [--note <n>]
                  (refused when it does not fit the SP4N-LAPOR! chain, with the reason)
  complaints link-lapor --office <officeId> --complaint <id|number> --lapor-id <id>
  complaints show --office <officeId> --complaint <id|number|LAPOR! ID>
  complaints list --office <officeId> [--q <number, LAPOR! ID, name, NIK or phone>] [--limit 50]
  complaints import --office <officeId> --file <f.csv|f.xlsx> [--map field=Header …] [--commit] [--skip-lines 7,9]
                  (a preview without --commit; nothing is written while bad rows remain unless skipped;
                  fields: laporTrackingId number subject complainantName complainantNik complainantPhone
                  category classification reportedAt status statusAt channel)
  complaints deadlines --office <officeId> --file <table.json>   (a DeadlineTable; its version must grow)
Uses DATABASE_URL, or PGlite in LOKET_SERVER_DATA (./server-data); with PGlite, stop the server first
(PGlite is single-process) or use the admin HTTP API.`

/** A file named on the command line; one that cannot be read is a refusal, not a crash. */
function readInputFile(file: string | undefined): Buffer {
  if (!file) throw new AdminError('bad_input', '--file is required')
  try {
    return readFileSync(file)
  } catch (error) {
    throw new AdminError(
      'bad_input',
      `cannot read ${file}: ${error instanceof Error ? error.message : 'unknown'}`,
    )
  }
}

/** A JSON file named on the command line, parsed (its shape is the operation's to check). */
function readJsonFile(file: string | undefined): unknown {
  const text = readInputFile(file).toString('utf8')
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new AdminError(
      'bad_input',
      `${file} is not JSON: ${error instanceof Error ? error.message : 'unknown'}`,
    )
  }
}

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
      complaint: { type: 'string' },
      channel: { type: 'string' },
      subject: { type: 'string' },
      nik: { type: 'string' },
      phone: { type: 'string' },
      category: { type: 'string' },
      classification: { type: 'string' },
      'lapor-id': { type: 'string' },
      'reported-at': { type: 'string' },
      reporter: { type: 'string' },
      actor: { type: 'string' },
      note: { type: 'string' },
      at: { type: 'string' },
      by: { type: 'string' },
      to: { type: 'string' },
      q: { type: 'string' },
      file: { type: 'string' },
      map: { type: 'string', multiple: true },
      commit: { type: 'boolean' },
      'skip-lines': { type: 'string' },
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
    const complaints: Record<string, () => Promise<unknown>> = {
      create: () =>
        createComplaint(
          db,
          {
            officeId: values.office,
            channel: values.channel,
            subject: values.subject,
            complainantName: values.name,
            complainantNik: values.nik,
            complainantPhone: values.phone,
            category: values.category,
            ...(values.classification ? { classification: values.classification } : {}),
            laporTrackingId: values['lapor-id'],
            reportedAt: values['reported-at'],
            reporter: values.reporter,
            actor: values.actor,
            note: values.note,
          },
          now,
        ),
      event: () =>
        addComplaintEvent(
          db,
          {
            officeId: values.office,
            complaint: values.complaint,
            kind: values.kind,
            at: values.at,
            by: values.by,
            to: values.to,
            actor: values.actor,
            note: values.note,
          },
          now,
        ),
      'link-lapor': () =>
        linkLaporTrackingId(
          db,
          { officeId: values.office, complaint: values.complaint, laporTrackingId: values['lapor-id'] },
          now,
        ),
      show: () => showComplaint(db, { officeId: values.office, complaint: values.complaint }),
      list: () => listComplaints(db, { officeId: values.office, q: values.q, limit: values.limit }),
      import: () => {
        const file = values.file ?? ''
        return importComplaints(
          db,
          {
            officeId: values.office ?? '',
            fileName: basename(file),
            bytes: new Uint8Array(readInputFile(values.file)),
            mapping: Object.fromEntries(
              (values.map ?? []).map((pair) => [
                pair.slice(0, pair.indexOf('=')),
                pair.slice(pair.indexOf('=') + 1),
              ]),
            ),
            commit: values.commit ?? false,
            skipLines: (values['skip-lines'] ?? '')
              .split(',')
              .filter((line) => line.trim() !== '')
              .map(Number),
          },
          now,
        )
      },
      deadlines: () =>
        setComplaintDeadlines(db, { officeId: values.office, table: readJsonFile(values.file) }, now),
    }
    const groups: Record<string, Record<string, () => Promise<unknown>>> = { holidays, complaints }
    const group = groups[command]
    const operation = group ? group[subcommand ?? ''] : run[command]
    if (!operation) {
      console.error(`unknown command ${positionals.join(' ')}\n${USAGE}`)
      return 2
    }
    console.log(JSON.stringify(await operation(), null, 2))
    return 0
  } catch (error) {
    const refused = complaintErrorBody(error)
    if (!refused) throw error
    console.log(JSON.stringify(refused.body, null, 2))
    return 1
  } finally {
    await database.close()
  }
}

void main().then((code) => process.exit(code))
