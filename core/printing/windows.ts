import { execFile } from 'node:child_process'
import { basename } from 'node:path'
import { promisify } from 'node:util'
import type { PrintRequest, PrinterInfo, SpoolState, Spooler } from './spooler'
import { SpoolerError } from './spooler'

const run = promisify(execFile)
/** SumatraPDF prints pages as images and can be slow on a network printer; past this it is stopped. */
const PRINT_TIMEOUT_MS = 120_000
const QUERY_TIMEOUT_MS = 20_000

/**
 * SumatraPDF's command line for a job, as an array: silent, to the named printer, the copies, and
 * for a roll `noscale` (its default shrinks a receipt), for a sheet `fit` on that paper
 * (../shared/RESEARCH.md §1; SumatraPDF's print-settings: `Nx` copies, `noscale`, `fit`, `paper=`).
 */
export function sumatraArguments(request: PrintRequest): string[] {
  const fitting = request.media.kind === 'roll' ? ['noscale'] : ['fit', `paper=${request.media.size}`]
  return [
    '-print-to',
    request.printer,
    '-print-settings',
    [`${request.copies}x`, ...fitting].join(','),
    '-silent',
    '-exit-when-done',
    request.file,
  ]
}

/**
 * PowerShell's list of printers (`Get-CimInstance Win32_Printer`, not `wmic`, which Windows 11
 * 24H2 removed), as JSON: one object, or an array of them.
 */
export const PRINTERS_SCRIPT =
  'Get-CimInstance Win32_Printer | Select-Object Name,Default,WorkOffline,PrinterStatus | ConvertTo-Json -Compress'

/** The printers in PRINTERS_SCRIPT's answer. PrinterStatus (CIM): 3 idle, 4 printing, 7 offline; WorkOffline wins. */
export function parseWindowsPrinters(json: string): PrinterInfo[] {
  if (!json.trim()) return []
  const parsed: unknown = JSON.parse(json)
  const rows = (Array.isArray(parsed) ? parsed : [parsed]) as {
    Name?: unknown
    Default?: unknown
    WorkOffline?: unknown
    PrinterStatus?: unknown
  }[]
  return rows
    .filter((row) => typeof row.Name === 'string')
    .map((row) => ({
      name: String(row.Name),
      isDefault: row.Default === true,
      state:
        row.WorkOffline === true || row.PrinterStatus === 7
          ? ('offline' as const)
          : row.PrinterStatus === 4
            ? ('printing' as const)
            : row.PrinterStatus === 3
              ? ('idle' as const)
              : ('unknown' as const),
    }))
}

/**
 * The jobs of one printer still in Windows' queue, by document name (SumatraPDF names a job after
 * its file). The printer's name reaches PowerShell in an environment variable, never in the script:
 * arguments after `-Command` are joined into the command text, so a name there would be code.
 */
export function printJobsCommand(printer: string): { args: string[]; env: Record<string, string> } {
  return {
    args: [
      '-NoProfile',
      '-Command',
      'Get-PrintJob -PrinterName $env:LOKET_PRINTER | Select-Object -ExpandProperty DocumentName',
    ],
    env: { LOKET_PRINTER: printer },
  }
}

/** Windows: SumatraPDF shipped as an extra resource prints; PowerShell tells printers and jobs. */
export class WindowsSpooler implements Spooler {
  constructor(private readonly sumatraPath: string) {}

  async printers(): Promise<PrinterInfo[]> {
    const { stdout } = await run('powershell.exe', ['-NoProfile', '-Command', PRINTERS_SCRIPT], {
      timeout: QUERY_TIMEOUT_MS,
    }).catch((error: unknown) => {
      throw new SpoolerError('spooler_unavailable', String((error as Error).message))
    })
    return parseWindowsPrinters(stdout)
  }

  async submit(request: PrintRequest): Promise<{ jobId: string }> {
    if (!(await this.printers()).some((printer) => printer.name === request.printer)) {
      throw new SpoolerError('printer_missing', `the printer ${request.printer} does not exist`)
    }
    await run(this.sumatraPath, sumatraArguments(request), { timeout: PRINT_TIMEOUT_MS }).catch(
      (error: unknown) => {
        throw new SpoolerError('spooler_failed', String((error as Error).message))
      },
    )
    // Windows gives SumatraPDF's job no id it can read back: the file's name stands for it.
    return { jobId: basename(request.file) }
  }

  /** Still in the printer's queue: queued (held when the printer is offline); gone: done (Windows keeps no finished jobs). */
  async state(printer: string, jobId: string): Promise<SpoolState> {
    const command = printJobsCommand(printer)
    const { stdout } = await run('powershell.exe', command.args, {
      timeout: QUERY_TIMEOUT_MS,
      env: { ...process.env, ...command.env },
    })
    if (!stdout.split(/\r?\n/).some((name) => name.trim() === jobId)) return 'done'
    const info = (await this.printers()).find((p) => p.name === printer)
    return info?.state === 'offline' ? 'held' : 'queued'
  }
}
