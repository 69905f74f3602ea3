import type { Page } from '@playwright/test'
import type { VisitView } from '../../common/visits'
import { PROCEDURE_003, rpc, startVisit } from './queue-helpers'

/**
 * A 003 walk-in consultation run to its end through the contract, as visit-003.spec.ts does on
 * screen: called, resolved at the counter (the escalation steps skipped), closed with its outcome.
 */
export async function finishedVisit003(page: Page, fullName: string): Promise<VisitView> {
  const started = await startVisit(page, fullName, PROCEDURE_003, 'Konsultasi dana desa')
  const called = await rpc(page, 'visits.call', { visitId: started.id })
  const resolved = await rpc(page, 'visits.advance', {
    visitId: called.id,
    stepNo: called.currentStep ?? 0,
    action: 'resolve',
  })
  return rpc(page, 'visits.advance', {
    visitId: resolved.id,
    stepNo: resolved.currentStep ?? 0,
    outcome: 'Diberi saran penyusunan RAB dana desa sesuai petunjuk teknis.',
  })
}
