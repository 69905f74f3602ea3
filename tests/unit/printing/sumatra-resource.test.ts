import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sumatraPath, systemSpooler } from '../../../core/printing/system'
import { CupsSpooler } from '../../../core/printing/cups'
import { WindowsSpooler } from '../../../core/printing/windows'

/**
 * Issue 10: Windows prints through SumatraPDF shipped as an extra resource. The Windows installer
 * copies it from pdf-to-printer's package to the place the core looks for it; this holds the two
 * ends together, since no test here can build a Windows installer.
 */
describe('SumatraPDF in the Windows build', () => {
  const builder = readFileSync('electron-builder.yml', 'utf8')
  const win = builder.slice(builder.indexOf('\nwin:'), builder.indexOf('\nnsis:'))
  const from = /- from: (\S+SumatraPDF\S*\.exe)/.exec(win)?.[1]
  const to = /to: (\S+SumatraPDF\.exe)/.exec(win)?.[1]

  it('is copied from a file the install holds', () => {
    expect(from).toBeDefined()
    expect(existsSync(from ?? '')).toBe(true)
  })

  it('lands where the core looks for it (resources/ is the resources folder when installed)', () => {
    const resources = '/installed/resources'
    expect(join('/installed', to ?? '')).toBe(sumatraPath(resources))
    expect(relative(resources, sumatraPath(resources))).toBe(join('bin', 'win32', 'SumatraPDF.exe'))
  })

  it('is the spooler on Windows, and CUPS elsewhere', () => {
    expect(systemSpooler('/r', 'win32')).toBeInstanceOf(WindowsSpooler)
    expect(systemSpooler('/r', 'linux')).toBeInstanceOf(CupsSpooler)
    expect(systemSpooler('/r', 'darwin')).toBeInstanceOf(CupsSpooler)
  })
})
