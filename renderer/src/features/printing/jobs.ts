import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PrintJobState, PrintJobView } from '../../../../common/printing'
import { ACTIVE_JOB_STATES, DECIDE_JOB_STATES } from '../../../../common/printing'
import { asRpcError, call } from '../../api/client'
import { useCoreQuery } from '../../api/queries'
import { useLocale } from '../../i18n'

/** The core's codes with a message of their own in printing.errors (the rest get `unknownCode`). */
const KNOWN_CODES = [
  'printer_missing',
  'printer_stopped',
  'printer_offline',
  'spooler_unavailable',
  'spooler_failed',
  'interrupted',
  'document_missing',
] as const
type KnownCode = (typeof KNOWN_CODES)[number]
const isKnown = (code: string): code is KnownCode => (KNOWN_CODES as readonly string[]).includes(code)

/** A printing code of the core's (a job's `lastError`, the printer list's `problem`) in plain words. */
export function usePrintProblemText(): (code: string, printer?: string) => string {
  const { t } = useTranslation()
  return (code, printer = '') =>
    isKnown(code) ? t(`printing.errors.${code}`, { printer }) : t('printing.errors.unknownCode', { code })
}

/** Color of a job's state badge: waiting orange, asking red, done green. */
export const JOB_STATE_COLOR: Record<PrintJobState, string> = {
  queued: 'orange',
  sending: 'blue',
  spooled: 'blue',
  held: 'orange',
  done: 'teal',
  failed: 'red',
  unknown: 'red',
  cancelled: 'gray',
}

/** A job the queue still works on, or one waiting for a person: what the indicator counts. */
export const isOpenJob = (job: PrintJobView): boolean =>
  ACTIVE_JOB_STATES.includes(job.state) || DECIDE_JOB_STATES.includes(job.state)

/** The desk's print jobs (open ones, then the latest finished), asked again on `printing` events. */
export function usePrintJobs(): PrintJobView[] {
  return useCoreQuery('print.jobs', {}).data ?? []
}

/**
 * A person's decision on a job (print again, cancel), one at a time; the answer comes back as an
 * event, so the lists update themselves. A refusal is said in the user's language.
 */
export function useDecideJob(): {
  busyId: string | null
  decide: (job: PrintJobView, action: 'print_again' | 'cancel') => Promise<void>
} {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const [busyId, setBusyId] = useState<string | null>(null)
  const decide = async (job: PrintJobView, action: 'print_again' | 'cancel') => {
    setBusyId(job.id)
    try {
      await call('print.decide', { jobId: job.id, action })
      notifications.show({
        color: action === 'cancel' ? 'gray' : 'teal',
        message: t(action === 'cancel' ? 'printing.jobs.cancelled' : 'printing.jobs.again'),
      })
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: pick(asRpcError(error).message) })
    } finally {
      setBusyId(null)
    }
  }
  return { busyId, decide }
}
