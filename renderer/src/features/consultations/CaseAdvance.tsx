import { Button, Card, Group, Kbd, Stack, Text, Textarea, Title } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import {
  IconArrowUpRight,
  IconCheck,
  IconFlag,
  IconInfoCircle,
  IconPlayerSkipForward,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConsultationDetail } from '../../../../common/consultations/views'
import type { RpcError } from '../../../../common/errors'
import type { VisitFacts } from '../../../../common/visit-rules'
import type { AdvanceAction } from '../../../../common/visits'
import { asRpcError, call } from '../../api/client'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useLocale } from '../../i18n'
import { useGlobalHotkeys } from '../../shell/hotkeys'
import { timing, useStandardText } from '../queue/time'
import { Timer } from '../queue/Timer'
import { runningDef } from './case-step'
import { OverrunReason } from './OverrunReason'

/**
 * The case's running step (the visit screen's "now", on the consultation): its timer against its
 * standard, and — when the signed-in user may end it (the core's `may.advance`: their role, and for
 * a step ended by an action, that action on record) — the move on, with why it overran and, for the
 * last step, the outcome. A step waiting for its action (assign, answer) says which card ends it;
 * the survey's step may also be moved on by hand (the form came back on paper).
 */
export function CaseAdvance({
  consultation,
  facts,
  now,
}: {
  consultation: ConsultationDetail
  facts: VisitFacts
  now: number
}) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const standardText = useStandardText()
  const view = consultation.caseVisit
  const running = facts.runningStep
  const def = runningDef(view)
  if (!running || !def) return null
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="case-now-title">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="case-now-title">
          {t('queue.visit.nowStep', { no: running.no, activity: pick(def.activity) })}
        </Title>
        {running.startedAt !== null ? (
          <Timer
            size="md"
            timing={timing({ startedAt: running.startedAt, dueAt: running.dueAt, now })}
            dueAt={running.dueAt}
            provisional={running.dueProvisional}
            standard={running.standard ? standardText(running.standard) : undefined}
            label={t('queue.visit.stepTimer', { no: running.no })}
          />
        ) : null}
        {def.action !== null && (!consultation.may.advance || def.action === 'survey') ? (
          <Text fz="sm" c="dimmed">
            <IconInfoCircle size={16} style={{ verticalAlign: 'text-bottom' }} aria-hidden />{' '}
            {t(`consultations.detail.actionHint.${def.action}`)}
          </Text>
        ) : null}
        {consultation.may.advance ? (
          <AdvanceForm key={running.no} consultation={consultation} facts={facts} stepNo={running.no} />
        ) : def.action === null ? (
          <Text fz="sm" c="dimmed">
            {t('consultations.detail.notYours', { actor: pick(def.actor) })}
          </Text>
        ) : null}
      </Stack>
    </Card>
  )
}

function AdvanceForm({
  consultation,
  facts,
  stepNo,
}: {
  consultation: ConsultationDetail
  facts: VisitFacts
  stepNo: number
}) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const [reason, setReason] = useState('')
  const [outcome, setOutcome] = useState('')
  const [errors, setErrors] = useState<{ reason?: string; outcome?: string }>({})
  const [failure, setFailure] = useState<RpcError | null>(null)
  const [busy, setBusy] = useState(false)
  const owesReason = facts.reasonSteps.includes(stepNo)
  const final = facts.nextStep === null
  const running = facts.runningStep

  const advance = async (action: AdvanceAction) => {
    if (busy) return
    const missing = {
      ...(owesReason && reason.trim() === '' ? { reason: t('consultations.reason.missing') } : {}),
      ...(final && outcome.trim() === '' ? { outcome: t('consultations.detail.outcomeMissing') } : {}),
    }
    setErrors(missing)
    if (Object.keys(missing).length > 0) return
    setBusy(true)
    setFailure(null)
    try {
      const moved = await call('consultations.advance', {
        consultationId: consultation.id,
        stepNo,
        action,
        ...(owesReason ? { reason } : {}),
        ...(final ? { outcome } : {}),
      })
      notifications.show({
        color: 'teal',
        message:
          moved.caseVisit.status === 'done'
            ? t('consultations.detail.finished', { number: consultation.number })
            : t('consultations.detail.advanced', { no: stepNo }),
      })
    } catch (error) {
      const refused = asRpcError(error)
      setFailure(refused)
      if (refused.code === 'reason_required') setErrors({ reason: t('consultations.reason.missing') })
      if (refused.code === 'outcome_required')
        setErrors({ outcome: t('consultations.detail.outcomeMissing') })
    } finally {
      setBusy(false)
    }
  }
  const primary = () => void advance(facts.chooseEscalation ? 'resolve' : 'next')
  // Not from inside a text field: there its own Ctrl+Enter does the same.
  useGlobalHotkeys([['mod+Enter', primary, { preventDefault: true }]])
  const keys = getHotkeyHandler([['mod+Enter', primary]])

  return (
    <Stack gap="sm">
      {owesReason && running ? (
        <OverrunReason
          owed={{ no: running.no, standard: running.standard }}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={errors.reason}
          onKeyDown={keys}
        />
      ) : null}
      {final ? (
        <Textarea
          label={t('consultations.detail.outcome')}
          description={t('consultations.detail.outcomeHint')}
          withAsterisk
          autosize
          minRows={3}
          maxLength={2000}
          value={outcome}
          onChange={(event) => setOutcome(event.currentTarget.value)}
          error={errors.outcome}
          onKeyDown={keys}
        />
      ) : null}
      <ErrorAlert error={failure} />
      {facts.chooseEscalation && facts.nextStep ? (
        <Group gap="sm">
          <Button
            leftSection={<IconCheck size={18} />}
            rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}
            loading={busy}
            onClick={() => void advance('resolve')}
          >
            {t('queue.visit.resolve')}
          </Button>
          <Button
            variant="outline"
            color="orange"
            leftSection={<IconArrowUpRight size={18} />}
            disabled={busy}
            onClick={() => void advance('escalate')}
          >
            {t('queue.visit.escalate', { actor: pick(facts.nextStep.actor) })}
          </Button>
        </Group>
      ) : (
        <Group>
          <Button
            leftSection={final ? <IconFlag size={18} /> : <IconPlayerSkipForward size={18} />}
            rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}
            loading={busy}
            onClick={() => void advance('next')}
          >
            {final ? t('consultations.detail.finish') : t('consultations.detail.next')}
          </Button>
        </Group>
      )}
    </Stack>
  )
}
