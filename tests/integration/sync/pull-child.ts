import { resolve } from 'node:path'
import { syncOnce } from '../../../core/sync/session'
import { openDatabase } from '../../../db'

/** Child of pull-crash.test.ts: pulls into a desk file until killed. */
const [file] = process.argv.slice(2)
if (!file) throw new Error('usage: pull-child <sqlite file>')
const desk = openDatabase({ file, migrationsFolder: resolve(import.meta.dirname, '../../../db/migrations') })
process.stdout.write('pulling\n')
void syncOnce(desk.db, { fetch, now: Date.now }).then(() => process.stdout.write('done\n'))
