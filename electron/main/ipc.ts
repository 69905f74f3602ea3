import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { CHANNELS, ipcChannelName } from '../../common/channels'
import type { RpcResult } from '../../common/errors'
import { LoketError } from '../../common/errors'

type Dispatch = (call: { clientKey: string }, channel: string, input: unknown) => Promise<RpcResult<unknown>>
type IsTrusted = (url: string, isMainFrame: boolean) => boolean

/** Sessions belong to a window: every call from one window shares its signed-in user. */
export const clientKeyOf = (webContentsId: number): string => `wc:${webContentsId}`

/**
 * One `ipcMain.handle` per contract channel. The sender frame is checked before anything else:
 * a frame that is not the app's own renderer gets `forbidden` and never reaches the core.
 */
export function registerContract(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  isTrusted: IsTrusted,
  log: (message: string) => void = console.warn,
): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(ipcChannelName(channel), async (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame
      const isMainFrame = frame !== null && frame === event.sender.mainFrame
      if (!frame || !isTrusted(frame.url, isMainFrame)) {
        log(`[loket] refused ${channel} from untrusted frame ${frame?.url ?? '(gone)'}`)
        return { ok: false, error: new LoketError('forbidden').toRpcError() } satisfies RpcResult<never>
      }
      return dispatch({ clientKey: clientKeyOf(event.sender.id) }, channel, input)
    })
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(ipcChannelName(channel))
  }
}
