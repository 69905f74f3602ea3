import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  await new Promise((done) => server.close(done))
  return port
}

/** The central server as its own process (`server/main.ts`), so the tests can kill and restart it. */
export class ServerProcess {
  private child: ChildProcess | null = null

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  async start(): Promise<void> {
    this.child = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'server/main.ts')], {
      cwd: root,
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    const child = this.child
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(`central server exited with code ${child.exitCode} at start`)
      try {
        if ((await fetch(`${this.url}/api/v1/health`)).ok) return
      } catch {
        // not listening yet
      }
      await new Promise((done) => setTimeout(done, 100))
    }
    throw new Error('central server did not start within 60 s')
  }

  /** Starts the server and waits for it to exit on its own (it refused to start): its code and what it said. */
  runToExit(): Promise<{ code: number | null; stderr: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'server/main.ts')], {
      cwd: root,
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    return new Promise((done) => child.once('exit', (code) => done({ code, stderr })))
  }

  /** Resident memory of the server process, in MiB (Linux). */
  rssMiB(): number {
    const pid = this.child?.pid
    if (!pid) return Number.NaN
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1]
    return kb ? Number(kb) / 1024 : Number.NaN
  }

  /** SIGKILL: no clean shutdown, as a crash or a power cut. */
  async kill(): Promise<void> {
    const child = this.child
    if (!child || child.exitCode !== null) return
    await new Promise<void>((done) => {
      child.once('exit', () => done())
      child.kill('SIGKILL')
    })
    this.child = null
  }
}
