import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { VisitFacts } from '../../../../common/visit-rules'
import type { VisitView } from '../../../../common/visits'
import { useCoreQuery } from '../../api/queries'
import { FRONT_DESK_ROLES } from '../../shell/navigation'
import { useSession } from '../../stores/session'
import { ComplaintRegistered } from './ComplaintRegistered'
import { ComplaintStep } from './ComplaintStep'
import { LinkedComplaint } from './LinkedComplaint'
import { NewComplaintForm } from './NewComplaintForm'

/**
 * The complaint part of a visit screen: for "Pengaduan baru", the form and then its number and
 * receipt; for the inquiry's last step, the complaint picked; for any other visit linked to a
 * complaint, that complaint.
 */
export function VisitComplaint({
  view,
  facts,
  apply,
  canServe,
}: {
  view: VisitView
  facts: VisitFacts
  apply: (view: VisitView) => void
  canServe: boolean
}) {
  if (view.purpose === 'new_complaint') return <NewComplaint view={view} closed={facts.closed} />
  const lastStepRuns = facts.runningStep !== null && facts.nextStep === null
  if (view.purpose === 'complaint_progress' && lastStepRuns)
    return <ComplaintStep view={view} apply={apply} canServe={canServe} />
  return view.complaintId ? <LinkedComplaint visitId={view.id} /> : null
}

function NewComplaint({ view, closed }: { view: VisitView; closed: boolean }) {
  const { t } = useTranslation()
  const role = useSession((s) => s.user?.role)
  const registered = useCoreQuery('complaints.ofVisit', { visitId: view.id })
  if (registered.data) return <ComplaintRegistered complaint={registered.data} visitId={view.id} />
  if (registered.isPending) return null
  if (closed)
    return (
      <Text fz="sm" c="dimmed">
        {t('complaints.register.closed')}
      </Text>
    )
  if (role === undefined || !FRONT_DESK_ROLES.includes(role))
    return (
      <Text fz="sm" c="dimmed">
        {t('complaints.register.readOnly')}
      </Text>
    )
  return <NewComplaintForm view={view} />
}
