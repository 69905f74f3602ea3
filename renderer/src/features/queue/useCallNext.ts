import { notifications } from '@mantine/notifications'
import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RpcError } from '../../../../common/errors'
import { asRpcError, call } from '../../api/client'
import { useLocale } from '../../i18n'
import { FRONT_DESK_ROLES, SERVING_ROLES } from '../../shell/navigation'
import { useGo } from '../../shell/navigate'
import { useSession } from '../../stores/session'

/** What the signed-in user may do here; the core enforces the same roles on every call. */
export function useQueueRoles(): { canServe: boolean; canCancel: boolean } {
  const role = useSession((s) => s.user?.role)
  return {
    canServe: role !== undefined && SERVING_ROLES.includes(role),
    canCancel: role !== undefined && FRONT_DESK_ROLES.includes(role),
  }
}

const SERVICE_KEY = 'loket.queue.service'

/** The service letter F8 calls (null: every service), remembered on this desk. */
export function readCallService(): string | null {
  const stored = localStorage.getItem(SERVICE_KEY)
  return stored && /^[A-Z]$/.test(stored) ? stored : null
}

export function writeCallService(service: string | null): void {
  if (service) localStorage.setItem(SERVICE_KEY, service)
  else localStorage.removeItem(SERVICE_KEY)
}

/**
 * Calls the next waiting visitor (F8) and opens their visit. An empty queue is said calmly as a
 * notification; any other refusal goes to the screen's alert.
 */
export function useCallNext() {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const go = useGo()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<RpcError | null>(null)
  const running = useRef(false)

  const callNext = async (service: string | null) => {
    if (running.current) return
    running.current = true
    setBusy(true)
    setFailure(null)
    try {
      const visit = await call('visits.callNext', service ? { service } : {})
      notifications.show({
        color: 'teal',
        message: t('queue.called', {
          number: visit.queueNumber ?? visit.visitNumber,
          counter: visit.calledBy ?? '—',
        }),
      })
      go('visit', visit.id)
    } catch (error) {
      const refused = asRpcError(error)
      if (refused.code === 'queue_empty') {
        notifications.show({ color: 'gray', message: pick(refused.message) })
      } else {
        setFailure(refused)
      }
    } finally {
      running.current = false
      setBusy(false)
    }
  }
  return { callNext, busy, failure, setFailure }
}

/**
 * Runs one action at a time (a double press of Ctrl+Enter must not end two steps): busy while it
 * runs; the core's refusal goes to `failure`, and to `onRefused` for placing it on a field.
 */
export function useExclusive() {
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<RpcError | null>(null)
  const running = useRef(false)
  const run = useCallback(
    async (work: () => Promise<void>, onRefused?: (refused: RpcError) => void | Promise<void>) => {
      if (running.current) return
      running.current = true
      setBusy(true)
      setFailure(null)
      try {
        await work()
      } catch (error) {
        const refused = asRpcError(error)
        setFailure(refused)
        await onRefused?.(refused)
      } finally {
        running.current = false
        setBusy(false)
      }
    },
    [],
  )
  return { busy, failure, setFailure, run }
}
