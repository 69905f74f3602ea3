import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { PrintRequest, PrinterInfo, SpoolState, Spooler } from './spooler'
import { SpoolerError } from './spooler'

const run = promisify(execFile)
/** A spooler command that hangs (a wedged cupsd) must not hold the print queue. */
const COMMAND_TIMEOUT_MS = 15_000

/**
 * `lp`'s arguments for a job, as an array (never a shell string: a printer or title with spaces or
 * quotes stays one argument). The media is the document's own size, so CUPS neither rotates a
 * receipt nor shrinks it onto A4 (../shared/RESEARCH.md §1: only media height = PDF height gave a
 * correct ticket), with scaling off.
 */
export function lpArguments(request: PrintRequest): string[] {
  const media =
    request.media.kind === 'roll'
      ? `Custom.${request.media.widthMm}x${Math.ceil(request.media.heightMm)}mm`
      : request.media.size
  return [
    '-d',
    request.printer,
    '-t',
    request.title,
    '-n',
    String(request.copies),
    '-o',
    `media=${media}`,
    '-o',
    'print-scaling=none',
    '--',
    request.file,
  ]
}

/** The job id from `lp`'s answer (`request id is T80-12 (1 file(s))`); null when it gave none. */
export function parseLpRequestId(stdout: string): string | null {
  return /request id is (\S+)/.exec(stdout)?.[1] ?? null
}

/**
 * The printers in `lpstat -p -d`'s answer (LC_ALL=C): `printer T80 is idle.  enabled since …`,
 * `printer T80 now printing T80-3.  enabled since …`, `printer T80 disabled since …`, and
 * `system default destination: T80`.
 */
export function parseLpstatPrinters(stdout: string): PrinterInfo[] {
  const fallback = /system default destination: (\S+)/.exec(stdout)?.[1] ?? null
  const printers: PrinterInfo[] = []
  for (const line of stdout.split('\n')) {
    const match = /^printer (\S+) (.*)$/.exec(line)
    if (!match?.[1]) continue
    const rest = match[2] ?? ''
    const state: PrinterInfo['state'] = /disabled/.test(rest)
      ? 'stopped'
      : /now printing/.test(rest)
        ? 'printing'
        : /is idle/.test(rest)
          ? 'idle'
          : 'unknown'
    printers.push({ name: match[1], isDefault: match[1] === fallback, state })
  }
  return printers
}

function failure(error: unknown): SpoolerError {
  const detail = error as { code?: unknown; stderr?: unknown; message?: unknown }
  if (detail.code === 'ENOENT')
    return new SpoolerError('spooler_unavailable', 'CUPS (lp, lpstat) is not installed')
  const said =
    typeof detail.stderr === 'string' && detail.stderr.trim() ? detail.stderr.trim() : String(detail.message)
  if (/does not exist|Unknown destination|not a valid destination/i.test(said)) {
    return new SpoolerError('printer_missing', said)
  }
  return new SpoolerError('spooler_failed', said)
}

/** CUPS through its own command-line tools, with the C locale so their answers parse. */
export class CupsSpooler implements Spooler {
  private async command(file: string, args: string[]): Promise<string> {
    try {
      const { stdout } = await run(file, args, {
        timeout: COMMAND_TIMEOUT_MS,
        env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      })
      return stdout
    } catch (error) {
      throw failure(error)
    }
  }

  async printers(): Promise<PrinterInfo[]> {
    try {
      return parseLpstatPrinters(await this.command('lpstat', ['-p', '-d']))
    } catch (error) {
      // No printer at all: lpstat says so and exits 1.
      if (error instanceof SpoolerError && /No destinations added/i.test(error.message)) return []
      throw error
    }
  }

  async submit(request: PrintRequest): Promise<{ jobId: string }> {
    const jobId = parseLpRequestId(await this.command('lp', lpArguments(request)))
    if (!jobId) throw new SpoolerError('spooler_failed', 'lp gave no request id')
    return { jobId }
  }

  /** Not completed yet: queued (or held on a stopped printer); completed: done; neither: unknown. */
  async state(printer: string, jobId: string): Promise<SpoolState> {
    const listed = (out: string) => out.split('\n').some((line) => line.startsWith(`${jobId} `))
    const open = await this.command('lpstat', ['-W', 'not-completed', '-o', printer])
    if (listed(open)) {
      const printers = await this.printers()
      return printers.find((p) => p.name === printer)?.state === 'stopped' ? 'held' : 'queued'
    }
    const done = await this.command('lpstat', ['-W', 'completed', '-o', printer])
    return listed(done) ? 'done' : 'unknown'
  }
}
