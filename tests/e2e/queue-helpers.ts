import type { Page } from '@playwright/test'
import type { Channel } from '../../common/channels'
import type { ChannelInput, ChannelOutput } from '../../common/contract'
import type { RpcResult } from '../../common/errors'
import type { VisitView } from '../../common/visits'
import { uniqueNik } from './nik'

/**
 * The contract as the page calls it (renderer/src/api/http-bridge.ts): the web host's token and this
 * tab's client key from sessionStorage, so the call runs as the user signed in on the page.
 */
export async function rpcResult<C extends Channel>(
  page: Page,
  channel: C,
  input: ChannelInput<C>,
): Promise<RpcResult<ChannelOutput<C>>> {
  return page.evaluate(
    async ({ channel, input }) => {
      // In the page (this file is compiled without the DOM's types).
      const storage = (globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } })
        .sessionStorage
      const response = await fetch(`/rpc/${channel}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${storage.getItem('loket.webToken') ?? ''}`,
          'X-Loket-Client': storage.getItem('loket.clientKey') ?? '',
        },
        body: JSON.stringify(input),
      })
      return (await response.json()) as RpcResult<ChannelOutput<C>>
    },
    { channel, input },
  )
}

export async function rpc<C extends Channel>(
  page: Page,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await rpcResult(page, channel, input)
  if (!result.ok) throw new Error(`${channel} refused: ${result.error.code} (${result.error.message.en})`)
  return result.value
}

export const PROCEDURE_001 = {
  purpose: 'complaint_progress',
  procedureId: 'pengaduan-progres-tatap-muka',
} as const
export const PROCEDURE_003 = { purpose: 'consultation', procedureId: 'konsultasi-tatap-muka' } as const
export const INFORMATION = { purpose: 'information' } as const

/** Registers a visitor (with consent) and starts their visit, as the front desk would. */
export async function startVisit(
  page: Page,
  fullName: string,
  kind: { purpose: 'complaint_progress' | 'consultation' | 'information'; procedureId?: string },
  notes = '',
): Promise<VisitView> {
  const visitor = await rpc(page, 'visitors.register', { fullName, nik: uniqueNik(), consent: true })
  return rpc(page, 'visits.start', { visitorId: visitor.id, ...kind, notes })
}

/**
 * Cancels visits other journeys left waiting today, so F8 (first come, first served) calls this
 * test's visitor: each spec stands alone whatever ran before it.
 */
export async function emptyWaitingRoom(page: Page): Promise<void> {
  const board = await rpc(page, 'visits.board', {})
  for (const item of board.items.filter((i) => i.status === 'waiting')) {
    await rpc(page, 'visits.cancel', { visitId: item.id, reason: 'Dibersihkan oleh uji e2e antrean' })
  }
}

/** How far apart a barcode scanner's keys come (by the keyboard's own clock). */
const SCANNER_KEY_MS = 5

/**
 * Types text as a barcode scanner does, then Enter: each key stamped 5 ms after the one before.
 * Sent through CDP with the keys' timestamps because on a loaded test machine each
 * keyboard.type() key waits for the page to finish the one before, tens of milliseconds, while a
 * real scanner's keys carry the operating system's time of the keystroke.
 */
export async function scan(page: Page, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  const start = Date.now() / 1000
  const keys = [...text].map((ch) => ({ key: ch, text: ch })).concat([{ key: 'Enter', text: '\r' }])
  for (const [index, key] of keys.entries()) {
    const timestamp = start + (index * SCANNER_KEY_MS) / 1000
    const code = key.key === 'Enter' ? { code: 'Enter', windowsVirtualKeyCode: 13 } : {}
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, ...code, timestamp })
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: key.key, ...code, timestamp })
  }
  await cdp.detach()
}
