import {
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Divider,
  Group,
  Kbd,
  Loader,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconArrowUpRight,
  IconBan,
  IconCheck,
  IconCircleCheck,
  IconFlag,
  IconPlayerPlay,
  IconPlayerSkipForward,
  IconRepeat,
  IconSpeakerphone,
} from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RpcError } from '../../../../common/errors'
import type { ProcedureStep } from '../../../../common/procedures'
import { stepAfter } from '../../../../common/visit-state'
import type { AdvanceAction, StepView, VisitView } from '../../../../common/visits'
import { call } from '../../api/client'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useLocale } from '../../i18n'
import { useGlobalHotkeys } from '../../shell/hotkeys'
import { useGo } from '../../shell/navigate'
import { timing, useDurationFormat, useNow, useOfficeFormat, useStandardText } from './time'
import { Timer } from './Timer'
import { asRpcError, readCallService, useCallNext, useExclusive, useQueueRoles } from './useCallNext'
import type { DraftField } from './VisitDraft'
import { DraftTextarea, useVisitDraft } from './VisitDraft'

/** Another desk may act on the same visit (a recall, a cancel at the front desk): ask again now and then. */
const POLL_MS = 5000

/** The visit as the core derives it from its stored events; a reload or restart just asks again. */
function useVisit(visitId: string) {
  const [view, setView] = useState<VisitView | null>(null)
  const [failure, setFailure] = useState<RpcError | null>(null)
  // An answer to a question asked before our own action landed is stale: drop it.
  const generation = useRef(0)
  const load = useCallback(async () => {
    const asked = generation.current
    try {
      const next = await call('visits.get', { id: visitId })
      if (generation.current === asked) {
        setView(next)
        setFailure(null)
      }
    } catch (error) {
      if (generation.current === asked) setFailure(asRpcError(error))
    }
  }, [visitId])
  const apply = useCallback((next: VisitView) => {
    generation.current += 1
    setView(next)
  }, [])
  useEffect(() => {
    let alive = true
    let timer: number | undefined
    const loop = async () => {
      await load()
      if (alive) timer = window.setTimeout(() => void loop(), POLL_MS)
    }
    void loop()
    return () => {
      alive = false
      window.clearTimeout(timer)
    }
  }, [load])
  return { view, failure, apply, load }
}

export function VisitScreen({ visitId }: { visitId: string }) {
  const { t } = useTranslation()
  const go = useGo()
  const { view, failure, apply, load } = useVisit(visitId)
  if (!view) {
    return (
      <Stack gap="md" maw={980}>
        <BackButton onClick={() => go('queue')} />
        {failure ? <ErrorAlert error={failure} /> : <Loader aria-label={t('app.loading')} />}
      </Stack>
    )
  }
  return <VisitDetail view={view} pollFailure={failure} apply={apply} reload={load} />
}

function BackButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation()
  return (
    <Group>
      <Button variant="subtle" leftSection={<IconArrowLeft size={18} />} onClick={onClick} px="xs">
        {t('queue.visit.back')}
      </Button>
    </Group>
  )
}

type FieldErrors = Record<string, string>

const OUTCOME: DraftField = { kind: 'outcome' }
const CANCEL: DraftField = { kind: 'cancel' }
const reasonOf = (stepNo: number): DraftField => ({ kind: 'reason', stepNo })

function VisitDetail({
  view,
  pollFailure,
  apply,
  reload,
}: {
  view: VisitView
  pollFailure: RpcError | null
  apply: (view: VisitView) => void
  reload: () => Promise<void>
}) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const go = useGo()
  const now = useNow()
  const fmt = useOfficeFormat()
  const duration = useDurationFormat()
  const standardText = useStandardText()
  const { canServe, canCancel } = useQueueRoles()
  const drafts = useVisitDraft(view.id)
  const { callNext, busy: calling, failure: callFailure } = useCallNext()
  const { busy, failure, run } = useExclusive()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [cancelOpen, setCancelOpen] = useState(false)

  const procedure = view.procedure
  const closed = view.status === 'done' || view.status === 'cancelled'
  const runningStep = view.steps.find((s) => s.status === 'running') ?? null
  const definition = (no: number): ProcedureStep | undefined => procedure?.steps.find((s) => s.no === no)
  const upcoming =
    procedure && runningStep ? (procedure.steps.find((s) => s.no > runningStep.no) ?? null) : null
  const chooseEscalation = upcoming?.escalation === true
  const number = view.queueNumber ?? view.visitNumber
  const untimed = procedure !== null && !procedure.steps.some((s) => s.standard !== null)

  // A step left running when the visit was cancelled stopped counting then (the core's answer holds).
  const stepOverdue = (step: StepView) =>
    step.status === 'running' && !closed ? step.dueAt !== null && now > step.dueAt : step.overdue
  const stepNeedsReason = (step: StepView) =>
    (step.status === 'running' || step.status === 'done') && stepOverdue(step) && step.reason === null
  const totalOverdue =
    view.totalDueAt !== null && (closed ? (view.finishedAt ?? 0) > view.totalDueAt : now > view.totalDueAt)
  // The core answers for the whole procedure only when its steps carry no standard of their own (seed 003).
  const totalNeedsReason =
    untimed &&
    (view.needsReason.includes(0) ||
      (!closed && view.totalDueAt !== null && now > view.totalDueAt && !view.overdue))
  const reasonSteps = view.steps.filter(stepNeedsReason).map((s) => s.no)
  /** Steps already ended past their standard with no reason yet: the visit cannot close without them. */
  const earlierReasons = reasonSteps.filter((no) => no !== runningStep?.no)
  const waitingForCall = view.status === 'waiting'
  const liveOverdue = !closed && (totalOverdue || (runningStep !== null && stepOverdue(runningStep)))

  const guard = (work: () => Promise<void>) =>
    run(work, async (refused) => {
      // The core's refusal, placed on the field it is about as well.
      if (refused.code === 'reason_required') {
        const missing = [...(totalNeedsReason ? [0] : []), ...reasonSteps]
        setErrors(Object.fromEntries(missing.map((no) => [`reason.${no}`, t('queue.visit.reasonMissing')])))
      }
      if (refused.code === 'outcome_required') setErrors({ outcome: t('queue.visit.outcomeMissing') })
      if (refused.code === 'step_not_running' || refused.code === 'visit_closed') await reload()
    })

  const callVisitor = () =>
    guard(async () => {
      const called = await call('visits.call', { visitId: view.id })
      apply(called)
      notifications.show({
        color: 'teal',
        message: t(waitingForCall ? 'queue.called' : 'queue.recalled', {
          number,
          counter: called.calledBy ?? '—',
        }),
      })
    })

  /** Records the reasons typed for steps other than the running one (0: the whole procedure). */
  const saveOtherReasons = async (except: number | null) => {
    const pending = [...(totalNeedsReason ? [0] : []), ...reasonSteps].filter(
      (no) => no !== except && drafts.text(reasonOf(no)) !== '',
    )
    let latest: VisitView | null = null
    for (const no of pending) {
      latest = await call('visits.reason', {
        visitId: view.id,
        stepNo: no,
        reason: drafts.text(reasonOf(no)),
      })
    }
    if (latest) apply(latest)
    if (pending.length > 0) drafts.clear(pending.map(reasonOf))
  }

  const saveReason = (stepNo: number) =>
    guard(async () => {
      const reason = drafts.text(reasonOf(stepNo))
      if (!reason) {
        setErrors({ [`reason.${stepNo}`]: t('queue.visit.reasonMissing') })
        return
      }
      apply(await call('visits.reason', { visitId: view.id, stepNo, reason }))
      drafts.clear([reasonOf(stepNo)])
      setErrors({})
      notifications.show({ color: 'teal', message: t('queue.visit.reasonSaved') })
    })

  const advance = (action: AdvanceAction) =>
    guard(async () => {
      if (waitingForCall || closed) return
      const stepNo = runningStep?.no ?? 0
      if (procedure && !runningStep) return
      const after = procedure && runningStep ? stepAfter(procedure, runningStep.no, action) : null
      if (after === 'choose_escalation' || after === 'no_escalation') return
      const final = after === null || after.next === null
      // What the core would refuse, said at once on the field (the core stays the judge).
      const missing: FieldErrors = {}
      if (runningStep && stepNeedsReason(runningStep) && !drafts.text(reasonOf(stepNo)))
        missing[`reason.${stepNo}`] = t('queue.visit.reasonMissing')
      if (final) {
        for (const no of [...(totalNeedsReason ? [0] : []), ...reasonSteps]) {
          if (no !== stepNo && !drafts.text(reasonOf(no)))
            missing[`reason.${no}`] = t('queue.visit.reasonMissing')
        }
        if (!drafts.text(OUTCOME)) missing.outcome = t('queue.visit.outcomeMissing')
      }
      setErrors(missing)
      if (Object.keys(missing).length > 0) {
        const first = Object.keys(missing)[0]
        if (first) document.getElementById(`visit-field-${first}`)?.focus()
        return
      }
      await saveOtherReasons(stepNo)
      const reason = drafts.text(reasonOf(stepNo))
      const moved = await call('visits.advance', {
        visitId: view.id,
        stepNo,
        action,
        ...(runningStep && stepNeedsReason(runningStep) && reason ? { reason } : {}),
        ...(final ? { outcome: drafts.text(OUTCOME) } : {}),
      })
      apply(moved)
      if (moved.status !== 'done' && reason) drafts.clear([reasonOf(stepNo)])
      if (moved.status === 'done') {
        drafts.clear('all')
        notifications.show({ color: 'teal', message: t('queue.visit.finished', { number }) })
      }
    })

  const cancelVisit = () =>
    guard(async () => {
      const reason = drafts.text(CANCEL)
      if (!reason) {
        setErrors({ cancel: t('queue.visit.reasonMissing') })
        return
      }
      apply(await call('visits.cancel', { visitId: view.id, reason }))
      drafts.clear('all')
      setErrors({})
      setCancelOpen(false)
      notifications.show({ color: 'gray', message: t('queue.visit.cancelled', { number }) })
    })

  const primary = () => {
    if (cancelOpen || closed || !canServe) return
    if (waitingForCall) void callVisitor()
    else void advance(chooseEscalation ? 'resolve' : 'next')
  }
  const escalate = () => {
    if (cancelOpen || closed || !canServe || !chooseEscalation || waitingForCall) return
    void advance('escalate')
  }
  // Not from inside a text field: there Ctrl+Enter submits that field only (its reason, its outcome).
  useGlobalHotkeys([
    ['mod+Enter', primary, { preventDefault: true }],
    ['mod+shift+Enter', escalate, { preventDefault: true }],
    [
      'F8',
      () => {
        if (closed && canServe) void callNext(readCallService())
      },
      { preventDefault: true },
    ],
  ])

  const reasonField = (no: number, description: string) => (
    <ReasonField
      key={`${no}-${drafts.version}`}
      visitId={view.id}
      stepNo={no}
      description={description}
      error={errors[`reason.${no}`]}
      disabled={!canServe || busy}
      onSave={() => void saveReason(no)}
    />
  )

  const totalTiming = timing({
    startedAt: view.arrivedAt,
    dueAt: view.totalDueAt,
    endedAt: view.finishedAt,
    now,
  })
  const showTotal = view.totalDueAt !== null || !closed

  return (
    <Stack gap="md" maw={1040}>
      <BackButton onClick={() => go('queue')} />

      <Card withBorder radius="md" padding="lg">
        <Group align="flex-start" wrap="nowrap" gap="xl">
          <Box style={{ flexShrink: 0 }}>
            <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('queue.visit.queueNumber')}
            </Text>
            <Title order={1} fz={40} ff="monospace" lh={1.1}>
              {number}
            </Title>
            <Text fz="sm" c="dimmed" ff="monospace" aria-label={t('queue.visit.visitNumber')}>
              {view.visitNumber}
            </Text>
          </Box>
          <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
            <Text fw={700} fz="lg">
              {view.visitor.fullName}
            </Text>
            <Text fz="sm" c="dimmed">
              {view.visitor.nikMasked
                ? t('queue.visit.nik', { nik: view.visitor.nikMasked })
                : view.visitor.nip
                  ? t('queue.visit.nip', { nip: maskNip(view.visitor.nip) })
                  : t('queue.visit.noIdentity')}
            </Text>
            <Text fz="sm">
              {t(`domain.purposes.${view.purpose}`)}
              {procedure ? ` · ${pick(procedure.name)} (SOP ${procedure.code})` : ''}
            </Text>
            <Text fz="sm" c="dimmed">
              {t('queue.visit.arrived', { time: fmt.time(view.arrivedAt) })}
              {view.calledAt !== null
                ? ` · ${t('queue.visit.calledBy', { counter: view.calledBy ?? '—', time: fmt.time(view.calledAt) })}`
                : ''}
            </Text>
            {view.notes ? (
              <Text fz="sm">
                <Text span c="dimmed" fz="inherit">
                  {t('queue.visit.notes')}:{' '}
                </Text>
                {view.notes}
              </Text>
            ) : null}
          </Stack>
          <Stack gap={8} align="flex-end" style={{ flexShrink: 0 }}>
            <Group gap={6} wrap="nowrap">
              {liveOverdue ? (
                <Badge color="red" size="lg" variant="filled" leftSection={<IconAlertTriangle size={14} />}>
                  {t('domain.visitStatus.overdue')}
                </Badge>
              ) : null}
              <Badge
                size="lg"
                variant="light"
                color={
                  view.status === 'done'
                    ? 'green'
                    : view.status === 'cancelled'
                      ? 'gray'
                      : view.status === 'waiting'
                        ? 'yellow'
                        : 'loket'
                }
              >
                {t(`domain.visitStatus.${view.status}`)}
              </Badge>
            </Group>
            {showTotal ? (
              <Group gap={6} wrap="nowrap">
                <Text fz="sm" c="dimmed">
                  {t('queue.visit.total')}
                </Text>
                <Timer
                  timing={totalTiming}
                  dueAt={view.totalDueAt}
                  provisional={view.totalDueProvisional}
                  standard={procedure?.totalStandard ? standardText(procedure.totalStandard) : undefined}
                  running={!closed}
                  label={t('queue.visit.totalTimer')}
                />
              </Group>
            ) : null}
            {view.procedureReason ? <RecordedReason reason={view.procedureReason} /> : null}
            <Group gap="xs" wrap="nowrap">
              {canServe && !closed && view.calledAt !== null ? (
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconRepeat size={14} />}
                  onClick={() => void callVisitor()}
                  disabled={busy}
                >
                  {t('queue.board.recall')}
                </Button>
              ) : null}
              {canCancel && !closed ? (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  leftSection={<IconBan size={14} />}
                  onClick={() => setCancelOpen(true)}
                >
                  {t('queue.visit.cancel')}
                </Button>
              ) : null}
            </Group>
          </Stack>
        </Group>
      </Card>

      <ErrorAlert error={failure ?? callFailure ?? pollFailure} />

      {/* What to do now. */}
      <Card withBorder radius="md" padding="lg" aria-labelledby="visit-now-title" component="section">
        <Stack gap="md">
          {view.status === 'done' ? (
            <Alert
              color="green"
              variant="light"
              icon={<IconCircleCheck size={22} />}
              title={t('queue.visit.doneTitle', { time: fmt.time(view.finishedAt ?? view.arrivedAt) })}
              id="visit-now-title"
            >
              <Stack gap={4}>
                <Text fz="sm">
                  {procedure?.totalStandard
                    ? t('queue.visit.doneDurationOf', {
                        duration: duration(totalTiming.elapsed),
                        standard: standardText(procedure.totalStandard),
                      })
                    : t('queue.visit.doneDuration', { duration: duration(totalTiming.elapsed) })}
                  {totalOverdue ? ` ${t('queue.visit.doneOverdue')}` : ''}
                </Text>
                <Text fz="sm">
                  <Text span fw={600} fz="inherit">
                    {t('queue.visit.outcome')}:
                  </Text>{' '}
                  {view.outcome}
                </Text>
              </Stack>
            </Alert>
          ) : view.status === 'cancelled' ? (
            <Alert
              color="gray"
              variant="light"
              icon={<IconBan size={22} />}
              title={t('queue.visit.cancelledTitle', { time: fmt.time(view.finishedAt ?? view.arrivedAt) })}
              id="visit-now-title"
            >
              <Text fz="sm">
                <Text span fw={600} fz="inherit">
                  {t('queue.visit.cancelReason')}:
                </Text>{' '}
                {view.cancelReason}
              </Text>
            </Alert>
          ) : waitingForCall ? (
            <>
              <Title order={2} fz="lg" id="visit-now-title">
                {t('queue.visit.waitingTitle')}
              </Title>
              <Text fz="sm" c="dimmed">
                {t('queue.visit.waitingText')}
              </Text>
              {canServe ? (
                <Group>
                  <Button
                    size="md"
                    leftSection={<IconSpeakerphone size={20} />}
                    rightSection={<Kbd size="sm">Ctrl+Enter</Kbd>}
                    onClick={() => void callVisitor()}
                    loading={busy}
                  >
                    {t('queue.visit.call')}
                  </Button>
                </Group>
              ) : null}
            </>
          ) : (
            <>
              <Title order={2} fz="lg" id="visit-now-title">
                {runningStep
                  ? t('queue.visit.nowStep', {
                      no: runningStep.no,
                      activity: pick(definition(runningStep.no)?.activity ?? { id: '', en: '' }),
                    })
                  : t('queue.visit.nowNoProcedure')}
              </Title>
              <Group gap="xl">
                {runningStep?.startedAt != null ? (
                  <Timer
                    size="lg"
                    timing={timing({ startedAt: runningStep.startedAt, dueAt: runningStep.dueAt, now })}
                    dueAt={runningStep.dueAt}
                    provisional={runningStep.dueProvisional}
                    standard={runningStep.standard ? standardText(runningStep.standard) : undefined}
                    label={t('queue.visit.stepTimer', { no: runningStep.no })}
                  />
                ) : null}
                {untimed && procedure?.totalStandard ? (
                  // Its steps have no standard of their own: what counts is the whole procedure's time.
                  <Group gap={6} wrap="nowrap">
                    <Text fz="lg" c="dimmed">
                      {t('queue.visit.total')}
                    </Text>
                    <Timer
                      size="lg"
                      timing={totalTiming}
                      dueAt={view.totalDueAt}
                      provisional={view.totalDueProvisional}
                      standard={standardText(procedure.totalStandard)}
                      label={t('queue.visit.totalTimer')}
                    />
                  </Group>
                ) : null}
              </Group>
              {totalNeedsReason
                ? reasonField(
                    0,
                    t('queue.visit.reasonTotalHint', {
                      standard: procedure?.totalStandard ? standardText(procedure.totalStandard) : '',
                    }),
                  )
                : null}
              {earlierReasons.length > 0 ? (
                <Text fz="sm" c="red.8" fw={500}>
                  <IconAlertTriangle size={16} style={{ verticalAlign: 'text-bottom' }} aria-hidden />{' '}
                  {t('queue.visit.reasonsPending', { steps: earlierReasons.join(', ') })}
                </Text>
              ) : null}
              {runningStep && stepNeedsReason(runningStep)
                ? reasonField(
                    runningStep.no,
                    t('queue.visit.reasonStepHint', {
                      no: runningStep.no,
                      standard: standardText(runningStep.standard),
                    }),
                  )
                : null}
              {upcoming === null ? (
                <DraftTextarea
                  key={`outcome-${drafts.version}`}
                  visitId={view.id}
                  field={OUTCOME}
                  id="visit-field-outcome"
                  label={t('queue.visit.outcome')}
                  description={t('queue.visit.outcomeHint')}
                  withAsterisk
                  autosize
                  minRows={3}
                  maxLength={2000}
                  error={errors.outcome}
                  disabled={!canServe}
                  // The outcome is what finishing records: Ctrl+Enter in it finishes with it.
                  onKeyDown={getHotkeyHandler([['mod+Enter', primary]])}
                />
              ) : null}
              {canServe ? (
                <Group gap="sm">
                  {chooseEscalation && upcoming ? (
                    <>
                      <Button
                        size="md"
                        leftSection={<IconCheck size={20} />}
                        rightSection={<Kbd size="sm">Ctrl+Enter</Kbd>}
                        loading={busy}
                        onClick={() => void advance('resolve')}
                      >
                        {t('queue.visit.resolve')}
                      </Button>
                      <Button
                        size="md"
                        variant="outline"
                        color="orange"
                        leftSection={<IconArrowUpRight size={20} />}
                        rightSection={<Kbd size="sm">Ctrl+Shift+Enter</Kbd>}
                        disabled={busy}
                        onClick={() => void advance('escalate')}
                      >
                        {t('queue.visit.escalate', { actor: pick(upcoming.actor) })}
                      </Button>
                    </>
                  ) : (
                    <Button
                      size="md"
                      leftSection={upcoming ? <IconPlayerSkipForward size={20} /> : <IconFlag size={20} />}
                      rightSection={<Kbd size="sm">Ctrl+Enter</Kbd>}
                      loading={busy}
                      onClick={() => void advance('next')}
                    >
                      {upcoming ? t('queue.visit.next') : t('queue.visit.finish')}
                    </Button>
                  )}
                </Group>
              ) : (
                <Text fz="sm" c="dimmed">
                  {t('queue.visit.readOnly')}
                </Text>
              )}
              {chooseEscalation && upcoming ? (
                <Text fz="xs" c="dimmed">
                  {t('queue.visit.escalationHint')}
                </Text>
              ) : null}
            </>
          )}
          {closed && canServe ? (
            <Group>
              <Button
                variant="default"
                leftSection={<IconSpeakerphone size={18} />}
                rightSection={<Kbd size="sm">F8</Kbd>}
                loading={calling}
                onClick={() => void callNext(readCallService())}
              >
                {t('queue.board.callNext')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Card>

      {procedure ? (
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="visit-steps-title">
          <Group justify="space-between" mb="sm">
            <Title order={2} fz="lg" id="visit-steps-title">
              {t('queue.visit.stepsTitle')}
            </Title>
            <Text fz="xs" c="dimmed">
              {procedure.source.sopNumber
                ? t('queue.visit.sopNumber', { number: procedure.source.sopNumber })
                : procedure.source.title}
            </Text>
          </Group>
          <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {view.steps.map((step) => {
              const def = definition(step.no)
              if (!def) return null
              return (
                <StepItem
                  key={step.no}
                  step={step}
                  def={def}
                  now={now}
                  stoppedAt={closed ? view.finishedAt : null}
                  overdue={stepOverdue(step)}
                  reasonSlot={
                    (step.status !== 'running' || closed) && stepNeedsReason(step)
                      ? reasonField(
                          step.no,
                          t('queue.visit.reasonStepHint', {
                            no: step.no,
                            standard: standardText(step.standard),
                          }),
                        )
                      : null
                  }
                />
              )
            })}
          </Stack>
        </Card>
      ) : null}

      <Modal
        opened={cancelOpen}
        onClose={() => setCancelOpen(false)}
        title={t('queue.visit.cancelTitle', { number })}
        centered
      >
        <Stack gap="md">
          <Text fz="sm">{t('queue.visit.cancelText')}</Text>
          <DraftTextarea
            key={`cancel-${drafts.version}`}
            visitId={view.id}
            field={CANCEL}
            data-autofocus
            label={t('queue.visit.cancelReason')}
            withAsterisk
            autosize
            minRows={2}
            maxLength={500}
            error={errors.cancel}
            onKeyDown={getHotkeyHandler([['mod+Enter', () => void cancelVisit()]])}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setCancelOpen(false)}>
              {t('queue.visit.cancelBack')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void cancelVisit()}>
              {t('queue.visit.cancelConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}

/** An NIP shown in part only, as an NIK is. */
function maskNip(nip: string): string {
  return nip.length > 8 ? `${nip.slice(0, 4)}${'•'.repeat(nip.length - 8)}${nip.slice(-4)}` : nip
}

function ReasonField({
  visitId,
  stepNo,
  description,
  error,
  disabled,
  onSave,
}: {
  visitId: string
  stepNo: number
  description: string
  error: string | undefined
  disabled: boolean
  onSave: () => void
}) {
  const { t } = useTranslation()
  return (
    <Paper withBorder radius="md" p="sm" bg="red.0" style={{ borderColor: 'var(--mantine-color-red-4)' }}>
      <Stack gap="xs">
        <DraftTextarea
          visitId={visitId}
          field={reasonOf(stepNo)}
          id={`visit-field-reason.${stepNo}`}
          label={stepNo === 0 ? t('queue.visit.reasonTotal') : t('queue.visit.reasonStep', { no: stepNo })}
          description={description}
          withAsterisk
          autosize
          minRows={2}
          maxLength={500}
          error={error}
          disabled={disabled}
          onKeyDown={getHotkeyHandler([['mod+Enter', onSave]])}
        />
        <Group justify="flex-end">
          <Button
            size="xs"
            variant="light"
            color="red"
            disabled={disabled}
            onClick={onSave}
            rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}
          >
            {stepNo === 0 ? t('queue.visit.saveReasonTotal') : t('queue.visit.saveReason', { no: stepNo })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}

function StepIcon({ step, overdue }: { step: StepView; overdue: boolean }) {
  if (overdue && step.status !== 'skipped') {
    return (
      <ThemeIcon color="red" radius="xl" size={34}>
        <IconAlertTriangle size={18} />
      </ThemeIcon>
    )
  }
  switch (step.status) {
    case 'done':
      return (
        <ThemeIcon color="green" radius="xl" size={34}>
          <IconCheck size={18} />
        </ThemeIcon>
      )
    case 'running':
      return (
        <ThemeIcon color="loket" radius="xl" size={34}>
          <IconPlayerPlay size={16} />
        </ThemeIcon>
      )
    case 'skipped':
      return (
        <ThemeIcon color="gray" variant="light" radius="xl" size={34}>
          <IconPlayerSkipForward size={16} />
        </ThemeIcon>
      )
    default:
      return (
        <ThemeIcon color="gray" variant="outline" radius="xl" size={34}>
          <Text fz="sm" fw={700} c="dimmed">
            {step.no}
          </Text>
        </ThemeIcon>
      )
  }
}

function StepItem({
  step,
  def,
  now,
  stoppedAt,
  overdue,
  reasonSlot,
}: {
  step: StepView
  def: ProcedureStep
  now: number
  /** When the visit closed: a step still marked running then stopped counting. */
  stoppedAt: number | null
  overdue: boolean
  reasonSlot: ReactNode
}) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const fmt = useOfficeFormat()
  const standardText = useStandardText()
  const isRunning = step.status === 'running' && stoppedAt === null
  // A step the visit was cancelled in never finished: it stopped.
  const statusText =
    step.status === 'running' && !isRunning
      ? t('domain.visitStatus.cancelled')
      : t(`domain.stepStatus.${step.status}`)
  const muted = step.status === 'skipped' || step.status === 'pending'
  const statusColor =
    step.status === 'done'
      ? 'green'
      : step.status === 'running'
        ? 'loket'
        : step.status === 'skipped'
          ? 'gray'
          : 'gray'
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      aria-label={t('queue.visit.stepLabel', { no: step.no, status: statusText })}
      aria-current={isRunning ? 'step' : undefined}
      bg={isRunning ? (overdue ? 'red.0' : 'loket.0') : undefined}
      style={{
        borderColor: overdue
          ? 'var(--mantine-color-red-5)'
          : isRunning
            ? 'var(--mantine-color-loket-5)'
            : undefined,
        borderWidth: isRunning ? 2 : 1,
      }}
    >
      <Group align="flex-start" wrap="nowrap" gap="md">
        <StepIcon step={step} overdue={overdue} />
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Box style={{ minWidth: 0 }}>
              <Text fz="xs" c="dimmed" fw={600} tt="uppercase">
                {t('queue.visit.step', { no: step.no })} · {pick(def.actor)}
                {def.waiting ? ` · ${t('queue.visit.waitingStep')}` : ''}
                {def.escalation ? ` · ${t('queue.visit.escalationStep')}` : ''}
              </Text>
              <Text
                fw={600}
                c={muted ? 'dimmed' : undefined}
                td={step.status === 'skipped' ? 'line-through' : undefined}
              >
                {pick(def.activity)}
              </Text>
            </Box>
            <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
              {overdue && step.status !== 'skipped' ? (
                <Badge color="red" variant="filled" leftSection={<IconAlertTriangle size={12} />} radius="sm">
                  {t('queue.visit.overdueStep')}
                </Badge>
              ) : null}
              <Badge color={statusColor} variant={isRunning ? 'filled' : 'light'} radius="sm">
                {statusText}
              </Badge>
            </Group>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing={4} verticalSpacing={2}>
            <Meta label={t('queue.visit.kelengkapan')} value={pick(def.kelengkapan)} />
            <Meta label={t('queue.visit.output')} value={pick(def.output)} />
            <Meta label={t('queue.visit.standard')} value={standardText(def.standard)} />
          </SimpleGrid>
          {step.status === 'skipped' ? (
            <Text fz="sm" c="dimmed">
              {t('queue.visit.skippedText')}
            </Text>
          ) : null}
          {step.startedAt !== null ? (
            <>
              <Divider variant="dashed" />
              <Group gap="lg" wrap="wrap">
                <LabelledTime label={t('queue.visit.started')} time={fmt.time(step.startedAt)} />
                {step.endedAt !== null ? (
                  <LabelledTime label={t('queue.visit.ended')} time={fmt.time(step.endedAt)} />
                ) : null}
                <Group
                  gap={6}
                  role={isRunning ? undefined : 'group'}
                  aria-label={isRunning ? undefined : t('queue.visit.durationLabel', { no: step.no })}
                >
                  <Text fz="sm" c="dimmed">
                    {isRunning ? t('queue.visit.running') : t('queue.visit.duration')}
                  </Text>
                  <Timer
                    timing={timing({
                      startedAt: step.startedAt,
                      dueAt: step.dueAt,
                      endedAt: step.endedAt ?? stoppedAt,
                      now,
                    })}
                    dueAt={step.dueAt}
                    provisional={step.dueProvisional}
                    standard={step.standard ? standardText(step.standard) : undefined}
                    running={isRunning}
                    label={isRunning ? t('queue.visit.stepTimer', { no: step.no }) : undefined}
                  />
                  {step.status === 'done' && step.standard && !overdue ? (
                    <Badge color="green" variant="light" radius="sm" leftSection={<IconCheck size={12} />}>
                      {t('queue.visit.withinStandard')}
                    </Badge>
                  ) : null}
                </Group>
              </Group>
            </>
          ) : null}
          {step.reason ? <RecordedReason reason={step.reason} /> : null}
          {reasonSlot}
        </Stack>
      </Group>
    </Paper>
  )
}

function Meta({ label, value }: { label: string; value: string }) {
  return (
    <Text fz="xs" c="dimmed">
      <Text span fw={600} fz="xs">
        {label}:
      </Text>{' '}
      {value}
    </Text>
  )
}

/** Why a step, or the procedure as a whole, overran its standard, as recorded. */
function RecordedReason({ reason }: { reason: string }) {
  const { t } = useTranslation()
  return (
    <Text fz="sm">
      <Text span c="dimmed" fz="inherit">
        {t('queue.visit.reasonRecorded')}:{' '}
      </Text>
      {reason}
    </Text>
  )
}

/** A step's start or end: the word dimmed, the office time in figures that line up. */
function LabelledTime({ label, time }: { label: string; time: string }) {
  return (
    <Text fz="sm">
      <Text span c="dimmed" fz="inherit">
        {label}{' '}
      </Text>
      <Text span ff="monospace" fz="inherit">
        {time}
      </Text>
    </Text>
  )
}
