import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import type { ReactNode } from 'react'
import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { officeDay } from '../../../../../common/calendar/office-day'
import type { VisitView } from '../../../../../common/visits'
import { call } from '../../../api/client'
import { clearDraft, loadDraft, saveDraft } from '../../../forms/drafts'
import { useCoreSubmit } from '../../../forms/useCoreSubmit'
import type { ServiceChoice } from '../choices'
import { serviceChoices, useProcedures } from '../choices'
import { useOfficeFormat } from '../format'
import type { LateValues } from './late-entry'
import { blankSteps, emptyLate, lateInput, lateIssues, needsMultiDay, stepTimings } from './late-entry'
import { lateTotals } from './late-totals'
import { useLateCalendar } from './useLateCalendar'
import { useLateChecks } from './useLateChecks'
import { useLateVisitor } from './useLateVisitor'

const LATE_DRAFT = 'late.entry'

/** What a section of the form needs: the values, each field's message, and how to change them. */
export interface LateForm {
  values: LateValues
  errorOf: (key: string) => ReactNode
  /** The field was left: a missing value may now be said. */
  blur: (key: string) => void
  setField: <K extends keyof LateValues>(key: K, value: LateValues[K]) => void
  /** Replaces the values by what `next` makes of the current ones (see late-entry.ts with…). */
  update: (next: (current: LateValues) => LateValues) => void
}

/**
 * The late entry's state: the form (kept as a draft until the core saved it), the procedure chosen
 * and the step timings and totals derived from what is typed, the checks, the visitor being picked,
 * the save and the visit it saved, and a fresh start for the next paper.
 */
export function useLateEntry() {
  const { t } = useTranslation()
  const zone = useOfficeFormat().zone
  const { procedures, failure: proceduresFailure } = useProcedures()
  const choices = useMemo(() => serviceChoices(procedures ?? []), [procedures])
  const { now, setNow, calendar } = useLateCalendar(zone)

  const [blank] = useState(() => emptyLate(officeDay(Date.now(), zone)))
  const [restored, setRestored] = useState(() => loadDraft<LateValues>(LATE_DRAFT))
  const [saved, setSaved] = useState<VisitView | null>(null)
  const purposeRef = useRef<HTMLInputElement>(null)

  const form = useForm<LateValues>({
    mode: 'controlled',
    initialValues: restored ?? blank,
    onValuesChange: (values) => {
      if (JSON.stringify(values) === JSON.stringify(blank)) clearDraft(LATE_DRAFT)
      else saveDraft(LATE_DRAFT, values)
    },
  })
  const values = form.values
  const choice: ServiceChoice | null = choices.find((c) => c.key === values.choice) ?? null
  const procedure = choice?.procedure ?? null
  const checks = useLateChecks({ values, choice, zone, now, fromCore: form.errors })

  /** Any edit makes the core's last answer stale: the live checks take over again. */
  const change = (next: LateValues) => {
    form.setValues(next)
    form.clearErrors()
  }
  const setField = <K extends keyof LateValues>(key: K, value: LateValues[K]) =>
    change({ ...form.getValues(), [key]: value })
  const fields: LateForm = {
    values,
    errorOf: checks.errorOf,
    blur: checks.blur,
    setField,
    update: (next) => change(next(form.getValues())),
  }

  const visitor = useLateVisitor({
    restoredVisitor: Boolean(restored?.visitor),
    chosen: () => form.getValues().visitor,
    choose: (picked) => setField('visitor', picked),
    purposeRef,
  })

  const { submit, failure, busy } = useCoreSubmit(form, async (current) => {
    const at = Date.now()
    setNow(at)
    checks.markSubmitted()
    const chosen = choices.find((c) => c.key === current.choice) ?? null
    if (!chosen || Object.keys(lateIssues(current, chosen, zone, at)).length > 0) {
      // Focus the first field marked, so the keyboard is where the fix is.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('[data-late-form] [aria-invalid="true"]')?.focus(),
      )
      return
    }
    const visit = await call('visits.recordLate', lateInput(current, chosen, zone))
    // Said only now: the core has the visit.
    clearDraft(LATE_DRAFT)
    notifications.show({
      color: 'green',
      message: t('frontdesk.late.saved.toast', { number: visit.visitNumber }),
    })
    setSaved(visit)
  })

  const timings = stepTimings(values, procedure, calendar)
  const totals = lateTotals(values, procedure, timings, calendar, zone)

  const choose = (key: string | null) => {
    const picked = choices.find((c) => c.key === key) ?? null
    const current = form.getValues()
    change({
      ...current,
      choice: key,
      multiDay: needsMultiDay(picked?.procedure ?? null),
      steps: blankSteps(picked?.procedure ?? null, current),
    })
  }

  const startOver = () => {
    clearDraft(LATE_DRAFT)
    form.setValues(emptyLate(officeDay(Date.now(), zone)))
    form.clearErrors()
    setRestored(null)
    checks.reset()
    setSaved(null)
    visitor.startOver()
  }

  return {
    procedures,
    proceduresFailure,
    choices,
    choice,
    procedure,
    fields,
    choose,
    timings,
    totals,
    visitor,
    purposeRef,
    restored: restored !== null,
    submit,
    failure,
    busy,
    saved,
    startOver,
  }
}
