import { join } from 'node:path'
import { CupsSpooler } from './cups'
import type { Spooler } from './spooler'
import { WindowsSpooler } from './windows'

/**
 * Where the Windows build carries SumatraPDF (RESEARCH.md §1): under resources/, which
 * electron-builder ships as extraResources, outside the asar (an exe inside it cannot run, and
 * bundling breaks a wrapper's default path: pdf-to-printer#258). See README "Printing on Windows".
 */
export function sumatraPath(resourcesFolder: string): string {
  return join(resourcesFolder, 'bin', 'win32', 'SumatraPDF.exe')
}

/**
 * The spooler of the OS the desk runs on: SumatraPDF and PowerShell on Windows (most government
 * PCs), CUPS through lp and lpstat on Linux and macOS. On a PC without either, jobs wait with
 * `spooler_unavailable` shown, and are kept.
 */
export function systemSpooler(
  resourcesFolder: string,
  platform: NodeJS.Platform = process.platform,
): Spooler {
  return platform === 'win32' ? new WindowsSpooler(sumatraPath(resourcesFolder)) : new CupsSpooler()
}
