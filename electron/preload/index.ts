import { contextBridge, ipcRenderer } from 'electron'
import type { IpcRendererEvent } from 'electron'
import type { LoketBridge } from '../../common/bridge'
import { CORE_EVENTS_IPC, ipcChannelName, isChannel } from '../../common/channels'
import { LoketError } from '../../common/errors'
import { readCoreEvent } from '../../common/channels'

/**
 * `window.loket` and nothing more: one function that invokes a contract channel by name, and one
 * that hears the core's events. The page never sees ipcRenderer, so it cannot reach any other IPC
 * channel, and its listener gets the event's topics only, never the IPC event object.
 */
const bridge: LoketBridge = {
  invoke: (channel, input) => {
    if (!isChannel(channel)) {
      return Promise.resolve({ ok: false, error: new LoketError('unknown_channel').toRpcError() })
    }
    return ipcRenderer.invoke(ipcChannelName(channel), input)
  },
  subscribe: (listener) => {
    const forward = (_event: IpcRendererEvent, payload: unknown) => {
      const event = readCoreEvent(payload)
      if (event) listener(event)
    }
    ipcRenderer.on(CORE_EVENTS_IPC, forward)
    return () => ipcRenderer.removeListener(CORE_EVENTS_IPC, forward)
  },
}

contextBridge.exposeInMainWorld('loket', bridge)
