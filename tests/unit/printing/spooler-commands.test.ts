import { describe, expect, it } from 'vitest'
import { lpArguments, parseLpRequestId, parseLpstatPrinters } from '../../../core/printing/cups'
import type { PrintRequest } from '../../../core/printing/spooler'
import { parseWindowsPrinters, printJobsCommand, sumatraArguments } from '../../../core/printing/windows'

/**
 * Issue 10: what the print queue hands each operating system's spooler, as argument arrays (never
 * a shell string), and how their answers are read. The real CUPS path is exercised against cupsd;
 * the Windows command line can only be checked by the arguments it builds here.
 */
const RECEIPT: PrintRequest = {
  printer: 'Kasir "Depan" 80',
  file: '/data/documents/TT-LK1-20261201-0007.pdf',
  title: 'TT/LK1/20261201/0007 tanda terima',
  copies: 2,
  media: { kind: 'roll', widthMm: 80, heightMm: 121.4 },
}
const NOTE: PrintRequest = {
  ...RECEIPT,
  printer: 'HP LaserJet',
  copies: 1,
  media: { kind: 'sheet', size: 'A4' },
}

describe('CUPS (lp, lpstat)', () => {
  it('prints a receipt on media of its own size, unscaled, with the printer and title as single arguments', () => {
    expect(lpArguments(RECEIPT)).toEqual([
      '-d',
      'Kasir "Depan" 80',
      '-t',
      'TT/LK1/20261201/0007 tanda terima',
      '-n',
      '2',
      '-o',
      'media=Custom.80x122mm',
      '-o',
      'print-scaling=none',
      '--',
      '/data/documents/TT-LK1-20261201-0007.pdf',
    ])
    expect(lpArguments(NOTE)).toContain('media=A4')
  })

  it('reads the job id lp gives, and the printers lpstat lists', () => {
    expect(parseLpRequestId('request id is T80-12 (1 file(s))\n')).toBe('T80-12')
    expect(parseLpRequestId('')).toBeNull()
    const printers = parseLpstatPrinters(
      [
        'printer A4Kantor is idle.  enabled since Mon 30 Nov 2026 09:00:00 AM WIB',
        'printer T80 now printing T80-3.  enabled since Mon 30 Nov 2026 09:00:00 AM WIB',
        'printer T58 disabled since Mon 30 Nov 2026 09:00:00 AM WIB -',
        '\tPaused',
        'system default destination: T80',
      ].join('\n'),
    )
    expect(printers).toEqual([
      { name: 'A4Kantor', isDefault: false, state: 'idle' },
      { name: 'T80', isDefault: true, state: 'printing' },
      { name: 'T58', isDefault: false, state: 'stopped' },
    ])
  })
})

describe('Windows (SumatraPDF, PowerShell)', () => {
  it('prints a receipt silently without scaling, and a sheet fitted to its paper, with the copies', () => {
    expect(sumatraArguments(RECEIPT)).toEqual([
      '-print-to',
      'Kasir "Depan" 80',
      '-print-settings',
      '2x,noscale',
      '-silent',
      '-exit-when-done',
      '/data/documents/TT-LK1-20261201-0007.pdf',
    ])
    expect(sumatraArguments(NOTE)).toContain('1x,fit,paper=A4')
  })

  it('reads the printers PowerShell lists, offline ones included, one or many', () => {
    expect(
      parseWindowsPrinters(
        JSON.stringify([
          { Name: 'EPSON TM-T82', Default: true, WorkOffline: false, PrinterStatus: 3 },
          { Name: 'HP LaserJet', Default: false, WorkOffline: true, PrinterStatus: 3 },
          { Name: 'Microsoft Print to PDF', Default: false, WorkOffline: false, PrinterStatus: 4 },
        ]),
      ),
    ).toEqual([
      { name: 'EPSON TM-T82', isDefault: true, state: 'idle' },
      { name: 'HP LaserJet', isDefault: false, state: 'offline' },
      { name: 'Microsoft Print to PDF', isDefault: false, state: 'printing' },
    ])
    expect(
      parseWindowsPrinters('{"Name":"EPSON TM-T82","Default":true,"WorkOffline":false,"PrinterStatus":0}'),
    ).toEqual([{ name: 'EPSON TM-T82', isDefault: true, state: 'unknown' }])
    expect(parseWindowsPrinters('')).toEqual([])
  })

  it('hands PowerShell the printer in the environment, never inside the script', () => {
    const name = "Kasir'; Remove-Item C:\\ -Recurse; '"
    const command = printJobsCommand(name)
    expect(command.env).toEqual({ LOKET_PRINTER: name })
    expect(command.args.join(' ')).not.toContain('Kasir')
  })
})
