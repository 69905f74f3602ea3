import { notifications } from '@mantine/notifications'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { isComplaintNumber } from '../../../common/complaints/complaint'
import { isVisitNumber } from '../../../common/queue-number'
import { asRpcError, call } from '../api/client'
import { useLocale } from '../i18n'
import { useGo } from './navigate'

/**
 * A scanner types each character within a few milliseconds; a person needs far longer. A burst
 * counts as a scan when its keys came on average at most this far apart (a busy page may deliver
 * one key a little late)…
 */
const MAX_AVERAGE_GAP_MS = 40
/** …and no pause between two keys was longer than this (a pause ends a burst). */
const MAX_PAUSE_MS = 100
/** The shortest visit number (`LK-20261123-0001`); shorter bursts are never a scan. */
const MIN_LENGTH = 16

type TextField = HTMLInputElement | HTMLTextAreaElement

/** The field a burst began in, as it was before the burst, so a scan leaves no trace in it. */
interface Snapshot {
  field: TextField
  value: string
  selectionStart: number | null
  selectionEnd: number | null
}

function textFieldOf(target: EventTarget | null): TextField | null {
  if (target instanceof HTMLTextAreaElement) return target
  if (
    target instanceof HTMLInputElement &&
    /^(text|search|tel|url|email|password|number|)$/.test(target.type)
  )
    return target
  return null
}

function snapshotOf(target: EventTarget | null): Snapshot | null {
  const field = textFieldOf(target)
  if (!field) return null
  let selectionStart: number | null = null
  let selectionEnd: number | null = null
  try {
    selectionStart = field.selectionStart
    selectionEnd = field.selectionEnd
  } catch {
    // Some input types have no selection.
  }
  return { field, value: field.value, selectionStart, selectionEnd }
}

/** Puts the field back as it was, through the native setter so React's onChange sees it. */
function restore(snapshot: Snapshot | null): void {
  if (!snapshot) return
  const { field } = snapshot
  const prototype =
    field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, snapshot.value)
  field.dispatchEvent(new Event('input', { bubbles: true }))
  try {
    if (snapshot.selectionStart !== null && snapshot.selectionEnd !== null)
      field.setSelectionRange(snapshot.selectionStart, snapshot.selectionEnd)
  } catch {
    // Some input types have no selection.
  }
}

/**
 * A field that reads scans itself (the complaint lookup: a scanned visit number there means "its
 * complaint", not "open the visit") carries this attribute; the window's scanner leaves it alone.
 */
const OWN_SCAN = '[data-own-scan]'

/**
 * A barcode/QR scanner types a visit number quickly and ends with Enter: from anywhere in the desk
 * window (a focused text field included, which keeps nothing of the scan), the visit opens; a
 * complaint's number (its receipt) opens the complaint. Keys typed at a person's pace are never
 * taken, nor scans into a field that reads them itself (OWN_SCAN).
 */
export function useScanner(): void {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const go = useGo()
  const messages = useRef({ t, pick, go })
  useEffect(() => {
    messages.current = { t, pick, go }
  }, [t, pick, go])

  useEffect(() => {
    let buffer = ''
    let first = 0
    let last = -Infinity
    let snapshot: Snapshot | null = null

    const openComplaint = async (number: string) => {
      const { t: translate, pick: choose, go: show } = messages.current
      try {
        const { hits } = await call('complaints.lookup', { query: number, limit: 2 })
        const [only] = hits
        if (only && hits.length === 1) show('complaint', only.id)
        else
          notifications.show({
            color: 'red',
            title: translate('queue.scanner.title'),
            message: translate('complaints.lookup.noNumber', { query: number }),
          })
      } catch (error) {
        notifications.show({
          color: 'red',
          title: translate('queue.scanner.title'),
          message: choose(asRpcError(error).message),
        })
      }
    }

    const open = async (visitNumber: string) => {
      const { t: translate, pick: choose, go: show } = messages.current
      try {
        const visit = await call('visits.get', { visitNumber })
        show('visit', visit.id)
      } catch (error) {
        const refused = asRpcError(error)
        notifications.show({
          color: 'red',
          title: translate('queue.scanner.title'),
          message:
            refused.code === 'visit_not_found'
              ? translate('queue.scanner.notFound', { number: visitNumber })
              : choose(refused.message),
        })
      }
    }

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.ctrlKey || event.altKey || event.metaKey) {
        buffer = ''
        return
      }
      // When the key was pressed (not when the page got round to it).
      const at = event.timeStamp
      if (event.key === 'Enter') {
        const text = buffer.trim().toUpperCase()
        const average = buffer.length > 1 ? (last - first) / (buffer.length - 1) : Infinity
        const fast = at - last <= MAX_PAUSE_MS && average <= MAX_AVERAGE_GAP_MS
        buffer = ''
        if (event.target instanceof Element && event.target.closest(OWN_SCAN)) return
        const complaint = isComplaintNumber(text)
        if (fast && text.length >= MIN_LENGTH && (complaint || isVisitNumber(text))) {
          // The scan's Enter must not submit a form or press a focused button.
          event.preventDefault()
          event.stopImmediatePropagation()
          restore(snapshot)
          snapshot = null
          void (complaint ? openComplaint(text) : open(text))
        }
        return
      }
      // Shift (a scanner's capitals) and other keys that type nothing neither count nor break a burst.
      if (event.key.length !== 1) return
      if (buffer === '' || at - last > MAX_PAUSE_MS) {
        buffer = ''
        first = at
        snapshot = snapshotOf(event.target)
      }
      buffer += event.key
      last = at
    }

    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [])
}
