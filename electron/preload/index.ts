import { contextBridge, ipcRenderer } from 'electron'
import type { LoketBridge } from '../../common/bridge'
import { ipcChannelName, isChannel } from '../../common/channels'
import { LoketError } from '../../common/errors'

/**
 * `window.loket` and nothing more: one function that invokes a contract channel by name. The page
 * never sees ipcRenderer, so it cannot reach any other IPC channel.
 */
const bridge: LoketBridge = {
  invoke: (channel, input) => {
    if (!isChannel(channel)) {
      return Promise.resolve({ ok: false, error: new LoketError('unknown_channel').toRpcError() })
    }
    return ipcRenderer.invoke(ipcChannelName(channel), input)
  },
}

contextBridge.exposeInMainWorld('loket', bridge)
