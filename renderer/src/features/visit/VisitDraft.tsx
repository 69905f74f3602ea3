import type { TextareaProps } from '@mantine/core'
import { Textarea } from '@mantine/core'
import type { DateInputProps } from '@mantine/dates'
import { DateInput } from '@mantine/dates'
import { useState } from 'react'
import { clearDraft, loadDraft, saveDraft } from '../../forms/drafts'
import { parseTypedDate } from '../queue/holidays/dates'

/**
 * What an officer has typed on a visit and not yet sent: reasons per step (0: the whole procedure),
 * outcome, the follow-up and its date (with the last step, for the consultation note), cancel reason.
 */
export interface VisitDraft {
  reasons: Record<string, string>
  outcome: string
  nextStep: string
  /** `yyyy-MM-dd`, or empty. */
  nextStepDue: string
  cancelReason: string
}

export type DraftField =
  | { kind: 'reason'; stepNo: number }
  | { kind: 'outcome' }
  | { kind: 'nextStep' }
  | { kind: 'nextStepDue' }
  | { kind: 'cancel' }

export const OUTCOME: DraftField = { kind: 'outcome' }
export const NEXT_STEP: DraftField = { kind: 'nextStep' }
export const NEXT_STEP_DUE: DraftField = { kind: 'nextStepDue' }
export const CANCEL: DraftField = { kind: 'cancel' }
export const reasonOf = (stepNo: number): DraftField => ({ kind: 'reason', stepNo })

const keyOf = (visitId: string) => `queue.visit.${visitId}`

export function readVisitDraft(visitId: string): VisitDraft {
  const stored = loadDraft<Partial<VisitDraft>>(keyOf(visitId))
  return {
    reasons: { ...stored?.reasons },
    outcome: stored?.outcome ?? '',
    nextStep: stored?.nextStep ?? '',
    nextStepDue: stored?.nextStepDue ?? '',
    cancelReason: stored?.cancelReason ?? '',
  }
}

function writeVisitDraft(visitId: string, draft: VisitDraft): void {
  const empty =
    draft.outcome === '' &&
    draft.nextStep === '' &&
    draft.nextStepDue === '' &&
    draft.cancelReason === '' &&
    Object.values(draft.reasons).every((r) => r === '')
  if (empty) clearDraft(keyOf(visitId))
  else saveDraft(keyOf(visitId), draft)
}

function valueOf(draft: VisitDraft, field: DraftField): string {
  switch (field.kind) {
    case 'reason':
      return draft.reasons[String(field.stepNo)] ?? ''
    case 'outcome':
      return draft.outcome
    case 'nextStep':
      return draft.nextStep
    case 'nextStepDue':
      return draft.nextStepDue
    case 'cancel':
      return draft.cancelReason
  }
}

function withValue(draft: VisitDraft, field: DraftField, value: string): VisitDraft {
  switch (field.kind) {
    case 'reason':
      return { ...draft, reasons: { ...draft.reasons, [String(field.stepNo)]: value } }
    case 'outcome':
      return { ...draft, outcome: value }
    case 'nextStep':
      return { ...draft, nextStep: value }
    case 'nextStepDue':
      return { ...draft, nextStepDue: value }
    case 'cancel':
      return { ...draft, cancelReason: value }
  }
}

/**
 * The visit's texts in progress, kept in the desk's drafts (forms/drafts.ts) on every keystroke so
 * a reload or an app restart brings them back. The screen reads them when it acts (not on every
 * keystroke, so typing redraws only the field) and drops a text once the core has recorded it.
 */
export function useVisitDraft(visitId: string) {
  // Fields start again from the stored draft after a text was dropped.
  const [version, setVersion] = useState(0)
  return {
    version,
    /** The trimmed text of a field as stored now. */
    text: (field: DraftField) => valueOf(readVisitDraft(visitId), field).trim(),
    clear: (fields: readonly DraftField[] | 'all') => {
      const draft =
        fields === 'all'
          ? { reasons: {}, outcome: '', nextStep: '', nextStepDue: '', cancelReason: '' }
          : fields.reduce((d, field) => withValue(d, field, ''), readVisitDraft(visitId))
      writeVisitDraft(visitId, draft)
      setVersion((v) => v + 1)
    },
  }
}

/** A textarea whose text lives in the visit's draft. */
export function DraftTextarea({
  visitId,
  field,
  ...props
}: Omit<TextareaProps, 'value' | 'onChange' | 'defaultValue'> & { visitId: string; field: DraftField }) {
  const [value, setValue] = useState(() => valueOf(readVisitDraft(visitId), field))
  return (
    <Textarea
      {...props}
      value={value}
      onChange={(event) => {
        const next = event.currentTarget.value
        setValue(next)
        writeVisitDraft(visitId, withValue(readVisitDraft(visitId), field, next))
      }}
    />
  )
}

/** A date (`yyyy-MM-dd`) whose value lives in the visit's draft, typed as DD/MM/YYYY or picked. */
export function DraftDateInput({
  visitId,
  field,
  ...props
}: Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue'> & { visitId: string; field: DraftField }) {
  const [value, setValue] = useState(() => valueOf(readVisitDraft(visitId), field))
  return (
    <DateInput
      {...props}
      valueFormat="DD/MM/YYYY"
      dateParser={parseTypedDate}
      clearable
      value={value || null}
      onChange={(next) => {
        setValue(next ?? '')
        writeVisitDraft(visitId, withValue(readVisitDraft(visitId), field, next ?? ''))
      }}
      popoverProps={{ withinPortal: true }}
    />
  )
}
