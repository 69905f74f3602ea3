import { TZDate } from '@date-fns/tz'
import { Button, VisuallyHidden } from '@mantine/core'
import { IconArrowRight, IconVolume } from '@tabler/icons-react'
import { format } from 'date-fns'
import { enGB, id as idLocale } from 'date-fns/locale'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OfficeTimeZone } from '../../../../common/settings'
import { OFFICE_TIME_ZONES } from '../../../../common/settings'
import type { DisplayState } from '../../../../common/visits'
import { useCoreQuery } from '../../api/queries'
import type { Locale } from '../../../../common/localized'
import { indonesianVoice, playChime, speak, spokenCall } from './announce'
import classes from './DisplayScreen.module.css'
import { useNow } from './time'

const PREVIOUS = 5

type Call = DisplayState['calls'][number]
type Sound = 'running' | 'suspended' | 'unavailable'

function createAudio(): AudioContext | null {
  try {
    return typeof window.AudioContext === 'function' ? new window.AudioContext() : null
  } catch {
    return null
  }
}

/**
 * The display's state (public: queue numbers and counters only), asked again on each change of the
 * office's visits; `onNewCalls` hears each call made since the display opened, oldest first.
 */
function useDisplayState(onNewCalls: (calls: Call[]) => void) {
  const { data: state, isError } = useCoreQuery('queue.display', {})
  const seen = useRef<Set<string> | null>(null)
  const notify = useRef(onNewCalls)
  useEffect(() => {
    notify.current = onNewCalls
  }, [onNewCalls])
  useEffect(() => {
    if (!state) return
    if (seen.current === null) {
      // What was called before the display opened is shown, not rung again.
      seen.current = new Set(state.calls.map((c) => c.eventId))
      return
    }
    const known = seen.current
    const fresh = state.calls.filter((c) => !known.has(c.eventId)).reverse()
    for (const c of fresh) known.add(c.eventId)
    if (fresh.length > 0) notify.current(fresh)
  }, [state])
  return { state: state ?? null, offline: isError }
}

/**
 * The waiting-room display for a TV: the number called now, very large, with its counter; the few
 * calls before it; how many wait; the office's time. A new call rings and is spoken in Indonesian.
 * Nothing personal is ever shown.
 */
export function DisplayScreen() {
  const { i18n } = useTranslation()
  const now = useNow()
  const info = useCoreQuery('app.info', {}).data ?? null
  const audio = useRef<AudioContext | null>(null)
  const [sound, setSound] = useState<Sound>('unavailable')
  const [hasVoice, setHasVoice] = useState(false)
  const [flash, setFlash] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const queue = useRef<Promise<void>>(Promise.resolve())

  useEffect(() => {
    const context = createAudio()
    audio.current = context
    if (!context) return
    const update = () => setSound(context.state === 'running' ? 'running' : 'suspended')
    context.addEventListener('statechange', update)
    // Browsers start audio suspended until someone touches the page (and resume() then waits for
    // that touch); Electron's display window is allowed to start it at once.
    const initial = window.setTimeout(update, 0)
    void context.resume().then(update, update)
    return () => {
      window.clearTimeout(initial)
      context.removeEventListener('statechange', update)
      void context.close()
      audio.current = null
    }
  }, [])

  useEffect(() => {
    const synth = typeof window.speechSynthesis === 'undefined' ? null : window.speechSynthesis
    if (!synth) return
    const update = () => setHasVoice(indonesianVoice() !== null)
    update()
    synth.addEventListener('voiceschanged', update)
    return () => synth.removeEventListener('voiceschanged', update)
  }, [])

  const announce = useCallback((calls: Call[]) => {
    for (const c of calls) {
      queue.current = queue.current.then(async () => {
        const text = spokenCall(c.queueNumber, c.counter)
        setFlash(c.eventId)
        setAnnouncement(text)
        const context = audio.current
        if (context?.state === 'running') await playChime(context)
        const voice = indonesianVoice()
        if (voice && context?.state === 'running') await speak(text, voice)
      })
    }
  }, [])

  const { state, offline } = useDisplayState(announce)
  // The office's display language (Settings), never the language of whoever signed in on this
  // machine: the screen speaks to the waiting room (issue 8, fault 10). Indonesian until it loads.
  const locale: Locale = state?.language ?? 'id'
  const t = i18n.getFixedT(locale)

  const enableSound = () => {
    const context = audio.current
    if (!context) return
    void context.resume().then(() => {
      setSound(context.state === 'running' ? 'running' : 'suspended')
      if (context.state === 'running') void playChime(context)
    })
  }

  const zone: OfficeTimeZone = info?.timeZone ?? 'Asia/Jakarta'
  const dateLocale = locale === 'en' ? enGB : idLocale
  const officeNow = new TZDate(now, zone)
  const current = state?.calls[0] ?? null
  const previous: Call[] = []
  for (const c of state?.calls.slice(1) ?? []) {
    if (c.queueNumber === current?.queueNumber) continue
    if (previous.some((p) => p.queueNumber === c.queueNumber)) continue
    if (previous.length < PREVIOUS) previous.push(c)
  }

  return (
    <div className={classes.root} lang={locale}>
      <header className={classes.header}>
        <div>
          <div className={classes.office}>{state?.officeName ?? info?.officeName ?? t('app.name')}</div>
          <div className={classes.subtitle}>{t('queue.display.subtitle')}</div>
        </div>
        <div className={classes.clock}>
          <div className={classes.time} aria-label={t('queue.display.timeLabel')}>
            {format(officeNow, 'HH:mm', { locale: dateLocale })}{' '}
            <span className={classes.date}>{OFFICE_TIME_ZONES[zone]}</span>
          </div>
          <div className={classes.date}>{format(officeNow, 'EEEE, d MMMM yyyy', { locale: dateLocale })}</div>
        </div>
      </header>

      <main className={classes.main}>
        <section
          key={flash ?? 'none'}
          className={`${classes.now} ${flash && flash === current?.eventId ? classes.flash : ''}`}
          aria-labelledby="display-now"
        >
          <div className={classes.nowLabel} id="display-now">
            {t('queue.display.nowCalling')}
          </div>
          {current ? (
            <>
              <div className={classes.number} data-testid="display-number">
                {current.queueNumber}
              </div>
              <div className={classes.counter} data-testid="display-counter">
                <IconArrowRight size="1em" stroke={2.5} aria-label={t('queue.display.toCounter')} />
                <span>{t('queue.display.counter', { counter: current.counter || '—' })}</span>
              </div>
            </>
          ) : (
            <div className={classes.empty}>{t('queue.display.noCalls')}</div>
          )}
        </section>

        <aside className={classes.previous} aria-labelledby="display-previous">
          <div className={classes.previousTitle} id="display-previous">
            {t('queue.display.previous')}
          </div>
          <ol className={classes.previousList}>
            {previous.map((c) => (
              <li key={c.eventId} className={classes.previousItem}>
                <span className={classes.previousNumber}>{c.queueNumber}</span>
                <span className={classes.previousCounter}>
                  {t('queue.display.counter', { counter: c.counter || '—' })}
                </span>
              </li>
            ))}
          </ol>
        </aside>
      </main>

      <footer className={classes.footer}>
        <div className={classes.waiting}>
          {t('queue.display.waiting')}{' '}
          <span className={classes.waitingCount} data-testid="display-waiting">
            {state?.waiting ?? '—'}
          </span>
        </div>
        <div className={classes.sound}>
          {offline
            ? t('queue.display.offline')
            : sound === 'running'
              ? hasVoice
                ? t('queue.display.soundVoice')
                : t('queue.display.soundChime')
              : null}
        </div>
        {sound === 'suspended' ? (
          <Button
            size="lg"
            color="yellow"
            c="dark"
            leftSection={<IconVolume size={24} />}
            onClick={enableSound}
          >
            {t('queue.display.enableSound')}
          </Button>
        ) : null}
      </footer>

      <VisuallyHidden role="status" aria-live="assertive" data-testid="display-announcement">
        {announcement}
      </VisuallyHidden>
    </div>
  )
}
