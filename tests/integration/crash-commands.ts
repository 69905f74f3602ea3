import { resolve } from 'node:path'
import { createCore } from '../../core/app'
import { SETUP, visitorInput } from '../helpers/temp-core'

/**
 * Child of crash.test.ts: a real core on the given data folder registers visitors through the
 * contract, as the front desk does, and reports each visitor's id on stdout once the call answered.
 * The parent kills it with SIGKILL mid-loop.
 */
const [dataDir] = process.argv.slice(2)
if (!dataDir) throw new Error('usage: crash-commands <data folder>')
const root = resolve(import.meta.dirname, '../..')
const core = createCore({
  dataDir,
  migrationsFolder: resolve(root, 'db/migrations'),
  resourcesFolder: resolve(root, 'resources'),
  appVersion: 'crash',
})
const client = { clientKey: 'crash' }
/** A number as letters (0 → a, 27 → bb): names hold no digits. */
const spelled = (n: number): string =>
  n.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)))

async function main(): Promise<void> {
  const info = await core.dispatch(client, 'app.info', {})
  if (info.ok && (info.value as { needsSetup: boolean }).needsSetup)
    await core.dispatch(client, 'setup.run', SETUP)
  await core.dispatch(client, 'auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
  for (let n = 0; ; n++) {
    const result = await core.dispatch(
      client,
      'visitors.register',
      visitorInput({ fullName: `Pengunjung ${spelled(n)}` }),
    )
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    process.stdout.write(`committed ${(result.value as { id: string }).id}\n`)
  }
}
void main()
