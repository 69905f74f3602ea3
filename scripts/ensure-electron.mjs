// Run by `npm start`, `npm run dev` and `npm run dist`, never by `npm install`:
// 1. Electron's binary: package.json's allowScripts denies Electron's install script, so `npm install`
//    works offline and in CI; the binary is fetched here, on first start, by Electron's own installer.
// 2. better-sqlite3 for Electron's ABI, built into .electron-native/ so the Node build in
//    node_modules (used by the tests, the web host and the CLI) is never touched.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const electronDir = join(root, 'node_modules', 'electron')
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version

function fail(message) {
  console.error(`\n[loket] ${message}\n`)
  console.error(
    '[loket] Without Electron, the same app runs in a browser: `npm run dev:web` (see README.md).\n',
  )
  process.exit(1)
}

function electronBinaryPresent() {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return false
  return existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()))
}

if (!electronBinaryPresent()) {
  console.log(`[loket] Downloading Electron ${electronVersion} (first start only)…`)
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'inherit',
    cwd: electronDir,
  })
  if (result.status !== 0 || !electronBinaryPresent()) {
    fail(`Electron ${electronVersion} could not be downloaded on this machine.`)
  }
}

const nativeRoot = join(root, '.electron-native')
const moduleDir = join(nativeRoot, 'node_modules', 'better-sqlite3')
const stampFile = join(nativeRoot, 'built-for.json')
const sqliteVersion = require('better-sqlite3/package.json').version
const wanted = {
  electron: electronVersion,
  betterSqlite3: sqliteVersion,
  platform: process.platform,
  arch: process.arch,
}
const built = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : ''
if (
  built !== JSON.stringify(wanted) ||
  !existsSync(join(moduleDir, 'build', 'Release', 'better_sqlite3.node'))
) {
  console.log(`[loket] Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion}…`)
  rmSync(moduleDir, { recursive: true, force: true })
  mkdirSync(dirname(moduleDir), { recursive: true })
  const source = dirname(require.resolve('better-sqlite3/package.json'))
  cpSync(source, moduleDir, {
    recursive: true,
    filter: (path) => relative(source, path).split(sep)[0] !== 'build',
  })
  writeFileSync(
    join(nativeRoot, 'package.json'),
    JSON.stringify({ private: true, dependencies: { 'better-sqlite3': sqliteVersion } }),
  )
  // The project's .npmrc points node-gyp at the system Node headers (right for the Node build);
  // an Electron build must use Electron's headers, or it is a Node-ABI addon labelled as Electron's.
  for (const key of Object.keys(process.env))
    if (key.toLowerCase() === 'npm_config_nodedir') Reflect.deleteProperty(process.env, key)
  const { rebuild } = await import('@electron/rebuild')
  try {
    await rebuild({
      buildPath: nativeRoot,
      electronVersion,
      onlyModules: ['better-sqlite3'],
      force: true,
      headerURL: 'https://www.electronjs.org/headers',
    })
  } catch (error) {
    fail(
      `better-sqlite3 could not be built for Electron ${electronVersion}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  writeFileSync(stampFile, JSON.stringify(wanted))
}
