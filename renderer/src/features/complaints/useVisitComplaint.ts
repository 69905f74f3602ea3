import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ComplaintHit } from '../../../../common/complaints/views'
import type { RpcError } from '../../../../common/errors'
import type { VisitView } from '../../../../common/visits'
import { asRpcError, call } from '../../api/client'

/**
 * Step 4 of the inquiry: links the visit to the complaint it is about (visits.setComplaint), or
 * unlinks it, taking the core's answer for the visit at once.
 */
export function useVisitComplaint(view: VisitView, apply: (view: VisitView) => void) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<RpcError | null>(null)
  const set = async (hit: ComplaintHit | null) => {
    setBusy(true)
    setFailure(null)
    try {
      apply(await call('visits.setComplaint', { visitId: view.id, complaintId: hit?.id ?? null }))
      if (hit)
        notifications.show({
          color: 'teal',
          message: t('complaints.step4.linked', { number: hit.number ?? hit.laporTrackingId ?? '' }),
        })
    } catch (error) {
      setFailure(asRpcError(error))
    } finally {
      setBusy(false)
    }
  }
  return { busy, failure, pick: (hit: ComplaintHit) => void set(hit), unlink: () => void set(null) }
}
