import type { ReactNode } from 'react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LocalizedText } from '../../../forms/validation'
import type { ServiceChoice } from '../choices'
import type { LateValues } from './late-entry'
import { lateIssues } from './late-entry'

/**
 * The message a field shows: the core's answer to the last save while nothing was edited since,
 * else what the same rules say as the form is typed. "Required" waits until the field was left or
 * a save was tried; an order or a date out of range is said at once.
 */
export function useLateChecks({
  values,
  choice,
  zone,
  now,
  fromCore,
}: {
  values: LateValues
  choice: ServiceChoice | null
  zone: string
  now: number
  /** The core's messages by field path (cleared by any edit). */
  fromCore: Record<string, ReactNode>
}) {
  const { t } = useTranslation()
  const [submitted, setSubmitted] = useState(false)
  const [blurred, setBlurred] = useState<ReadonlySet<string>>(new Set())

  const issues = lateIssues(values, choice, zone, now)
  const errorOf = (key: string): ReactNode => {
    const answered = fromCore[key]
    if (answered) return answered
    const found = issues[key]
    if (!found) return null
    // "Required" waits for the field to be left or a save; order and dates are said at once.
    if (found.key === 'required' && !submitted && !blurred.has(key)) return null
    if (found.message) return <LocalizedText message={found.message} />
    return t(
      found.key === 'date_unreadable' ? 'frontdesk.late.dateUnreadable' : 'frontdesk.late.timeUnreadable',
    )
  }
  const blur = (key: string) => setBlurred((set) => (set.has(key) ? set : new Set(set).add(key)))
  /** A save was tried: every missing field says so. */
  const markSubmitted = () => setSubmitted(true)
  /** A new, empty form: nothing was left or tried yet. */
  const reset = () => {
    setSubmitted(false)
    setBlurred(new Set())
  }
  return { errorOf, blur, markSubmitted, reset }
}
