import { Group, Stack } from '@mantine/core'
import type { VisitView } from '../../../../common/visits'
import { PrintAction } from '../printing/PrintAction'
import { VisitJobs } from '../printing/VisitJobs'

/**
 * What can be printed of a visit: its ticket always; once it is done, the consultation note (with
 * the outcome and follow-up) and the SKM form. Ctrl+P opens the one most likely wanted now: the
 * note of a finished visit, else the ticket. The visit's print jobs show below with their state.
 */
export function VisitPrintBar({ view }: { view: VisitView }) {
  const done = view.status === 'done'
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <PrintAction input={{ kind: 'receipt', visitId: view.id }} printKey={!done} />
        {done ? (
          <>
            <PrintAction input={{ kind: 'consultation_note', visitId: view.id }} printKey />
            <PrintAction input={{ kind: 'skm_form', visitId: view.id }} />
          </>
        ) : null}
      </Group>
      <VisitJobs visitId={view.id} />
    </Stack>
  )
}
