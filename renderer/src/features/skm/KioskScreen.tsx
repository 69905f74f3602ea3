import { Box, Button, Center, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconCircleCheck, IconLogout } from '@tabler/icons-react'
import { useNavigate } from '@tanstack/react-router'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { KioskState } from '../../../../common/skm-answers'
import type { RpcError } from '../../../../common/errors'
import { asRpcError, call } from '../../api/client'
import { queryClient, queryKey, useCoreQuery } from '../../api/queries'
import { ErrorAlert } from '../../forms/ErrorAlert'
import type { SurveyAnswers } from './draft'
import { isKioskWindow } from './kiosk-window'
import classes from './KioskScreen.module.css'
import { PinPad } from './PinPad'
import { SurveyForm } from './SurveyForm'
import { useIdleReset } from './useIdleReset'
import { useKioskLock } from './useKioskLock'

/** A kiosk left alone mid-survey returns to its start after this (issue 12). */
const IDLE_MS = 60_000
/** How long the thanks stay before the start screen is back for the next visitor. */
const THANKS_MS = 5_000

type Phase = 'start' | 'form' | 'thanks'

/** The core's latest word on the kiosk, into the cache at once: the next screen must not see an older one. */
function remember(state: KioskState) {
  queryClient.setQueryData(queryKey('skm.kioskState', {}), state)
}

/**
 * The survey kiosk (`/kiosk`, outside the sign-in): a start screen naming the office and the visit
 * the answer is for, the questionnaire in large type, thanks, and back to the start. Nothing leads
 * away but the discreet "Keluar" and the officer's PIN; the core, for its part, answers this window
 * nothing but public calls until then.
 */
export function KioskScreen() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const state = useCoreQuery('skm.kioskState', {})
  const info = useCoreQuery('app.info', {})
  const [phase, setPhase] = useState<Phase>('start')
  const [round, setRound] = useState(0)
  const [exiting, setExiting] = useState(false)
  const open = state.data?.open ?? !state.isError
  useKioskLock(open)

  const restart = useCallback(() => {
    setPhase('start')
    setRound((r) => r + 1)
  }, [])
  const touch = useIdleReset(phase === 'form', IDLE_MS, restart)
  useEffect(() => {
    if (phase !== 'thanks') return
    const timer = window.setTimeout(restart, THANKS_MS)
    return () => window.clearTimeout(timer)
  }, [phase, restart])
  useEffect(() => {
    window.scrollTo(0, 0)
  }, [phase])

  const leave = () => {
    if (isKioskWindow()) window.close()
    else void navigate({ to: '/', ignoreBlocker: true })
  }
  const unlock = async (pin: string) => {
    remember(await call('skm.kioskClose', { pin }))
    setExiting(false)
    leave()
  }

  if (state.data && !state.data.open) {
    return (
      <Center mih="100vh" className={classes.root}>
        <Stack align="center" gap="lg">
          <Title order={1}>{t('skm.kiosk.closed')}</Title>
          <Button size="lg" onClick={leave}>
            {t('skm.kiosk.toDesk')}
          </Button>
        </Stack>
      </Center>
    )
  }
  return (
    <Box className={classes.root}>
      <Button
        className={classes.exit}
        variant="subtle"
        color="gray"
        size="compact-sm"
        leftSection={<IconLogout size={14} />}
        onClick={() => setExiting(true)}
      >
        {t('skm.kiosk.exit')}
      </Button>
      {state.error ? (
        <Center mih="100vh" p="xl">
          <ErrorAlert error={state.error.error} />
        </Center>
      ) : !state.data ? (
        <Center mih="100vh">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : phase === 'start' ? (
        <StartScreen
          officeName={info.data?.officeName ?? null}
          visitNumber={state.data.visitNumber}
          onStart={() => setPhase('form')}
        />
      ) : phase === 'form' ? (
        <KioskForm
          key={round}
          version={state.data.questionnaireVersion}
          onActivity={touch}
          onDone={setPhase}
        />
      ) : (
        <Thanks />
      )}
      <PinPad opened={exiting} onClose={() => setExiting(false)} onUnlock={unlock} />
    </Box>
  )
}

function StartScreen({
  officeName,
  visitNumber,
  onStart,
}: {
  officeName: string | null
  visitNumber: string | null
  onStart: () => void
}) {
  const { t } = useTranslation()
  return (
    <Center mih="100vh" p="xl">
      <Stack align="center" gap="xl" maw={900} ta="center">
        <Stack gap="xs" align="center">
          {officeName ? (
            <Text fz={24} fw={600} c="loket.8" data-testid="kiosk-office">
              {officeName}
            </Text>
          ) : null}
          <Title order={1} fz={48} lh={1.15}>
            {t('skm.kiosk.title')}
          </Title>
        </Stack>
        <Text fz={30} fw={700} data-testid="kiosk-for">
          {visitNumber ? t('skm.kiosk.forVisit', { number: visitNumber }) : t('skm.kiosk.anonymous')}
        </Text>
        <Text fz={22} c="dimmed">
          {t('skm.kiosk.intro')}
        </Text>
        <Button size="xl" h={96} miw={360} fz={32} radius="xl" onClick={onStart} autoFocus>
          {t('skm.kiosk.start')}
        </Button>
      </Stack>
    </Center>
  )
}

/** One visitor's survey: sent with skm.kioskSubmit, for the visit the kiosk was opened or sent for. */
function KioskForm({
  version,
  onActivity,
  onDone,
}: {
  version: string
  onActivity: () => void
  onDone: (phase: Phase) => void
}) {
  const { t } = useTranslation()
  const questionnaire = useCoreQuery('skm.questionnaire', { version })
  const [failure, setFailure] = useState<RpcError | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async (answers: SurveyAnswers) => {
    setBusy(true)
    setFailure(null)
    try {
      remember(await call('skm.kioskSubmit', answers))
      onDone('thanks')
    } catch (error) {
      setFailure(asRpcError(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Box maw={1180} mx="auto" px={{ base: 'md', md: 'xl' }} py="xl">
      <Title order={1} fz={34} mb="lg">
        {t('skm.kiosk.title')}
      </Title>
      {questionnaire.data ? (
        <SurveyForm
          questionnaire={questionnaire.data}
          mode="kiosk"
          submitLabel={t('skm.kiosk.submit')}
          busy={busy}
          failure={failure}
          onSubmit={(answers) => void submit(answers)}
          onActivity={onActivity}
        />
      ) : questionnaire.error ? (
        <ErrorAlert error={questionnaire.error.error} />
      ) : (
        <Loader aria-label={t('app.loading')} />
      )}
    </Box>
  )
}

function Thanks() {
  const { t } = useTranslation()
  return (
    <Center mih="100vh" p="xl">
      <Stack align="center" gap="lg" ta="center" role="status">
        <ThemeIcon size={120} radius={60} color="teal" variant="light">
          <IconCircleCheck size={84} />
        </ThemeIcon>
        <Title order={1} fz={56}>
          {t('skm.kiosk.thanks')}
        </Title>
        <Text fz={26}>{t('skm.kiosk.thanksText')}</Text>
        <Text fz={18} c="dimmed">
          {t('skm.kiosk.backSoon')}
        </Text>
      </Stack>
    </Center>
  )
}
