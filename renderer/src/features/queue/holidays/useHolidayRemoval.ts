import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RpcError } from '../../../../../common/errors'
import type { HolidayView } from '../../../../../common/holidays'
import { callConfirmed } from '../../../api/central'
import { asRpcError } from '../../../api/client'
import { useHolidayDates } from './dates'

/**
 * Removing a day off: `ask` opens the confirmation for one, `confirm` removes it through the central
 * confirmation and closes it, `cancel` closes it. A refusal is kept as `failure` for the list to say.
 */
export function useHolidayRemoval() {
  const { t } = useTranslation()
  const { shortDate } = useHolidayDates()
  const [removing, setRemoving] = useState<HolidayView | null>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<RpcError | null>(null)

  const confirm = async () => {
    if (!removing) return
    setBusy(true)
    setFailure(null)
    try {
      await callConfirmed('holidays.remove', { date: removing.date })
      notifications.show({
        color: 'gray',
        message: t('queue.holidays.removed', { date: shortDate(removing.date) }),
      })
      setRemoving(null)
    } catch (error) {
      setFailure(asRpcError(error))
      setRemoving(null)
    } finally {
      setBusy(false)
    }
  }

  return { removing, busy, failure, ask: setRemoving, cancel: () => setRemoving(null), confirm }
}

export type HolidayRemoval = ReturnType<typeof useHolidayRemoval>
