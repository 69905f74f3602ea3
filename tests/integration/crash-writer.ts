import { resolve } from 'node:path'
import { v7 as uuidv7 } from 'uuid'
import { openDatabase } from '../../db'
import { auditLog } from '../../db/schema'

/**
 * Child of crash.test.ts: writes audit rows in a loop, one transaction each, and reports each id
 * on stdout only after its commit has returned. The parent kills it with SIGKILL mid-loop.
 */
const [file] = process.argv.slice(2)
if (!file) throw new Error('usage: crash-writer <sqlite file>')
const { db } = openDatabase({ file, migrationsFolder: resolve(import.meta.dirname, '../../db/migrations') })

for (let n = 0; ; n++) {
  const id = uuidv7()
  db.transaction((tx) => {
    tx.insert(auditLog)
      .values({
        id,
        hlc: `${n}`,
        originDesk: 'crash',
        at: Date.now(),
        deskId: 'crash',
        action: 'crash.write',
        outcome: 'ok',
        detail: { n },
      })
      .run()
  })
  process.stdout.write(`committed ${id}\n`)
}
