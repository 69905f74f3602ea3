import { Button, Group, Loader, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconClipboardText, IconDeviceDesktop, IconDeviceTablet, IconSend } from '@tabler/icons-react'
import { useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SkmResponseView } from '../../../../common/skm-answers'
import { asRpcError, call } from '../../api/client'
import { useCoreQuery } from '../../api/queries'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useLocale } from '../../i18n'
import { SectionCard } from '../../shell/SectionCard'
import { useOfficeFormat } from '../queue/time'
import { openKioskWindow } from './kiosk-window'
import { PaperEntryModal } from './PaperEntryModal'
import { PinOpenDialog } from './PinOpenDialog'

/**
 * A finished visit's satisfaction survey: when and how it was answered, or the ways to get it
 * answered — key in the returned paper form, turn this screen into the kiosk, open the kiosk on
 * another screen, or send the visit to a kiosk already open there. One survey per visit: once
 * answered, nothing is offered (and the core refuses a second).
 */
export function SurveyPanel({ visitId }: { visitId: string }) {
  const { t } = useTranslation()
  const visit = useCoreQuery('visits.get', { id: visitId })
  const answered = useCoreQuery('skm.ofVisit', { visitId })
  const number = visit.data ? (visit.data.queueNumber ?? visit.data.visitNumber) : ''

  return (
    <SectionCard title={t('skm.panel.title')} titleSize="md" gap="sm" data-testid="skm-panel">
      {answered.error ? (
        <ErrorAlert error={answered.error.error} />
      ) : answered.data === undefined ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : answered.data ? (
        <Answered response={answered.data} />
      ) : (
        <SurveyActions visitId={visitId} number={number} />
      )}
    </SectionCard>
  )
}

function Answered({ response }: { response: SkmResponseView }) {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  return (
    <div>
      <Text fw={600}>
        {t('skm.panel.answered', {
          at: `${fmt.day(response.answeredAt)} ${fmt.clock(response.answeredAt)}`,
          source: t(`skm.panel.sources.${response.source}`),
        })}
      </Text>
      <Text fz="sm" c="dimmed">
        {t('skm.panel.onlyOnce')}
      </Text>
    </div>
  )
}

function SurveyActions({ visitId, number }: { visitId: string; number: string }) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const navigate = useNavigate()
  const kiosk = useCoreQuery('skm.kioskState', {})
  const [paper, setPaper] = useState(false)
  const [pinFor, setPinFor] = useState<'here' | 'elsewhere' | null>(null)
  const [busy, setBusy] = useState(false)
  const openElsewhere = kiosk.data?.open === true && !kiosk.data.lockedHere

  const openKiosk = async (pin: string) => {
    const here = pinFor === 'here'
    await call('skm.kioskOpen', { pin, visitId, here })
    if (here) void navigate({ to: '/kiosk' })
    else openKioskWindow()
  }
  const sendToKiosk = async () => {
    setBusy(true)
    try {
      const state = await call('skm.kioskVisit', { visitId })
      notifications.show({
        color: 'teal',
        message: t('skm.panel.sentToKiosk', { number: state.visitNumber ?? number }),
      })
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: pick(asRpcError(error).message) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Text fz="sm">{t('skm.panel.notYet')}</Text>
      {openElsewhere ? (
        <Text fz="sm" c="dimmed">
          {kiosk.data?.visitNumber
            ? t('skm.panel.kioskOpenFor', { number: kiosk.data.visitNumber })
            : t('skm.panel.kioskOpenAnonymous')}
        </Text>
      ) : null}
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconClipboardText size={18} />}
          onClick={() => setPaper(true)}
        >
          {t('skm.panel.paper')}
        </Button>
        {openElsewhere ? (
          <Button leftSection={<IconSend size={18} />} loading={busy} onClick={() => void sendToKiosk()}>
            {t('skm.panel.sendToKiosk')}
          </Button>
        ) : (
          <>
            <Button
              variant="default"
              leftSection={<IconDeviceTablet size={18} />}
              onClick={() => setPinFor('here')}
            >
              {t('skm.panel.kioskHere')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconDeviceDesktop size={18} />}
              onClick={() => setPinFor('elsewhere')}
            >
              {t('skm.panel.kioskElsewhere')}
            </Button>
          </>
        )}
      </Group>
      <PaperEntryModal opened={paper} visitId={visitId} number={number} onClose={() => setPaper(false)} />
      <PinOpenDialog opened={pinFor !== null} onClose={() => setPinFor(null)} onOpen={openKiosk} />
    </>
  )
}
