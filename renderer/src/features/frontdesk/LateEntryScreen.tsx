import {
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  ThemeIcon,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useInterval } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import {
  IconArrowRight,
  IconDeviceFloppy,
  IconExternalLink,
  IconRefresh,
  IconUser,
  IconUserPlus,
} from '@tabler/icons-react'
import type { KeyboardEvent, ReactNode } from 'react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SuccessHeading } from './SuccessHeading'
import { DraftRestoredAlert } from '../../forms/DraftRestoredAlert'
import { officeDay } from '../../../../common/calendar/office-day'
import type { OfficeCalendar } from '../../../../common/calendar/working-time'
import { DEFAULT_OFFICE_HOURS } from '../../../../common/calendar/working-time'
import type { VisitorDraft } from '../../../../common/visitors'
import type { VisitView } from '../../../../common/visits'
import { call } from '../../api/client'
import { clearDraft, loadDraft, saveDraft } from '../../forms/drafts'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useCoreSubmit } from '../../forms/useCoreSubmit'
import { LocalizedText } from '../../forms/validation'
import { useLocale } from '../../i18n'
import { useGo } from '../../shell/navigate'
import { SectionCard } from '../../shell/SectionCard'
import { useGlobalHotkeys } from '../../shell/hotkeys'
import { useSession } from '../../stores/session'
import type { ServiceChoice } from './choices'
import { serviceChoices, useProcedures } from './choices'
import { useOfficeFormat } from './format'
import type { LateStepValues, LateValues, LateVisitor } from './late-entry'
import {
  blankSteps,
  dueOrNull,
  emptyLate,
  instantOf,
  lateInput,
  lateIssues,
  needsMultiDay,
  stepTimings,
  withArrivalDate,
  withArrivalTime,
  withStepChange,
} from './late-entry'
import { DateField, TimeField } from './LateFields'
import { LateSteps } from './LateSteps'
import { prefillFromQuery } from './prefill'
import { Shortcut } from './Shortcut'
import { VisitorForm } from './VisitorForm'
import { VisitorSearch } from './VisitorSearch'

const LATE_DRAFT = 'late.entry'
const VISITOR_DRAFT = 'late.visitor'
/** How often "now" moves on for the checks against the future (a minute's precision is all the inputs have). */
const CLOCK_MS = 20_000

/** The visit just recorded: its number, the "entered late" flag, and what next. */
function LateSaved({ visit, onOpen, onNext }: { visit: VisitView; onOpen: () => void; onNext: () => void }) {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  return (
    <Paper withBorder radius="md" p="xl" maw={720} role="status" aria-labelledby="late-saved-title">
      <Stack gap="md" align="center">
        <SuccessHeading id="late-saved-title">{t('frontdesk.late.saved.title')}</SuccessHeading>
        <Text fz="sm" c="dimmed" fw={600} tt="uppercase">
          {t('frontdesk.late.saved.visitNumber')}
        </Text>
        <Text fz={36} fw={700} c="loket.8" lh={1.1} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {visit.visitNumber}
        </Text>
        <Badge color="orange" variant="light" size="lg" radius="sm">
          {visit.enteredLate ? t('domain.enteredLate') : t(`domain.visitStatus.${visit.status}`)}
        </Badge>
        <Stack gap={2} align="center">
          <Text fw={600}>{visit.visitor.fullName}</Text>
          <Text fz="sm">
            {t(`domain.purposes.${visit.purpose}`)}
            {visit.queueNumber
              ? ` · ${t('frontdesk.late.saved.paperNumber', { number: visit.queueNumber })}`
              : ''}
          </Text>
          <Text fz="sm" c="dimmed">
            {t('frontdesk.late.saved.when', {
              arrived: fmt.dateTime(visit.arrivedAt),
              finished: visit.finishedAt !== null ? fmt.time(visit.finishedAt) : '—',
              zone: fmt.zoneLabel,
            })}
          </Text>
          {visit.recordedAt !== null ? (
            <Text fz="sm" c="dimmed">
              {t('frontdesk.late.saved.recorded', { at: fmt.dateTime(visit.recordedAt) })}
            </Text>
          ) : null}
        </Stack>
        <Group gap="md" mt="sm">
          <Button variant="default" leftSection={<IconExternalLink size={18} />} onClick={onOpen}>
            {t('frontdesk.late.saved.open')}
          </Button>
          <Button autoFocus rightSection={<IconArrowRight size={18} />} onClick={onNext}>
            {t('frontdesk.late.saved.next')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}

function visitorOf(hit: LateVisitor): LateVisitor {
  return {
    id: hit.id,
    fullName: hit.fullName,
    nikMasked: hit.nikMasked,
    nip: hit.nip,
    phoneDisplay: hit.phoneDisplay,
  }
}

/**
 * "Input susulan": a visit written on paper while the PC was down, keyed in later with its real
 * times in the office's time zone (whatever zone this PC is set to). Checked as it is typed, then by
 * the core; the core's answers land on the same inputs. Kept as a draft until the core saved it.
 */
export function LateEntryScreen() {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const fmt = useOfficeFormat()
  const zone = fmt.zone
  const go = useGo()
  const officeName = useSession((s) => s.info?.officeName)
  const { procedures, failure: proceduresFailure } = useProcedures()
  const choices = useMemo(() => serviceChoices(procedures ?? []), [procedures])

  const [now, setNow] = useState(() => Date.now())
  const clock = useInterval(() => setNow(Date.now()), CLOCK_MS)
  useEffect(() => {
    clock.start()
    return clock.stop
  }, [clock])
  const today = officeDay(now, zone)

  const [holidays, setHolidays] = useState<ReadonlySet<string>>(new Set())
  const year = Number(today.slice(0, 4))
  useEffect(() => {
    let live = true
    Promise.all([call('holidays.list', { year: year - 1 }), call('holidays.list', { year })])
      .then((lists) => live && setHolidays(new Set(lists.flat().map((h) => h.date))))
      // Without the days off, only the overrun hint of working-day steps is less exact; the core decides.
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [year])
  const calendar: OfficeCalendar = useMemo(
    () => ({ timeZone: zone, holidays: new Set(holidays), ...DEFAULT_OFFICE_HOURS }),
    [zone, holidays],
  )

  const [blank] = useState(() => emptyLate(officeDay(Date.now(), zone)))
  const [restored, setRestored] = useState(() => loadDraft<LateValues>(LATE_DRAFT))
  const [registering, setRegistering] = useState(
    () => loadDraft(VISITOR_DRAFT) !== null && !restored?.visitor,
  )
  const [prefill, setPrefill] = useState<Partial<VisitorDraft>>({})
  const [query, setQuery] = useState('')
  const [submitted, setSubmitted] = useState(false)
  const [blurred, setBlurred] = useState<ReadonlySet<string>>(new Set())
  const [saved, setSaved] = useState<VisitView | null>(null)
  const searchRef = useRef<HTMLInputElement>(null)
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

  const { submit, failure, busy } = useCoreSubmit(form, async (current) => {
    const at = Date.now()
    setNow(at)
    setSubmitted(true)
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

  /** Any edit makes the core's last answer stale: the live checks take over again. */
  const change = (next: LateValues) => {
    form.setValues(next)
    form.clearErrors()
  }
  const setField = <K extends keyof LateValues>(key: K, value: LateValues[K]) =>
    change({ ...form.getValues(), [key]: value })

  const issues = lateIssues(values, choice, zone, now)
  const errorOf = (key: string): ReactNode => {
    const fromCore = form.errors[key]
    if (fromCore) return fromCore
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

  const timings = stepTimings(values, procedure, calendar)
  const arrived = instantOf(values.arrivalDate, values.arrivalTime, zone)
  const lastEnd = [...timings].reverse().find((timing) => timing.end !== null)?.end ?? null
  const total = procedure?.totalStandard ?? null
  const totalSpan = arrived !== null && lastEnd !== null && lastEnd >= arrived ? lastEnd - arrived : null
  const totalDue = total !== null && arrived !== null ? dueOrNull(calendar, arrived, total) : null
  const totalOverran = totalDue !== null && lastEnd !== null && lastEnd > totalDue

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

  const pickVisitor = (visitor: LateVisitor) => {
    setField('visitor', visitorOf(visitor))
    setRegistering(false)
    requestAnimationFrame(() => purposeRef.current?.focus())
  }

  const startOver = () => {
    clearDraft(LATE_DRAFT)
    form.setValues(emptyLate(officeDay(Date.now(), zone)))
    form.clearErrors()
    setRestored(null)
    setSubmitted(false)
    setBlurred(new Set())
    setSaved(null)
    setQuery('')
    requestAnimationFrame(() => searchRef.current?.focus())
  }

  useGlobalHotkeys([
    ['/', () => searchRef.current?.focus()],
    ['F2', () => searchRef.current?.focus()],
    [
      'alt+N',
      () => {
        if (form.getValues().visitor || registering) return
        setPrefill(prefillFromQuery(query))
        setRegistering(true)
      },
    ],
  ])

  // Enter moves on to the next field instead of saving half a form; Ctrl+Enter or Ctrl+S saves.
  const onFormKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.code === 'KeyS') {
      event.preventDefault()
      if (!registering && !saved) submit()
      return
    }
    if (event.key !== 'Enter' || event.defaultPrevented || event.altKey || event.shiftKey) return
    const target = event.target as HTMLElement
    if (target instanceof HTMLTextAreaElement && !(event.ctrlKey || event.metaKey)) return
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault()
      submit()
      return
    }
    if (!(target instanceof HTMLInputElement) || target.getAttribute('role') === 'combobox') return
    if (target.type === 'checkbox') return
    event.preventDefault()
    const fields = Array.from(
      event.currentTarget.querySelectorAll<HTMLElement>('input:not([disabled]):not([type=hidden]), textarea'),
    )
    fields[fields.indexOf(target) + 1]?.focus()
  }

  if (saved) {
    return (
      <Stack gap="lg">
        <Title order={1} fz={26}>
          {t('frontdesk.late.title')}
        </Title>
        <LateSaved visit={saved} onOpen={() => go('visit', saved.id)} onNext={startOver} />
      </Stack>
    )
  }

  const choiceData = [
    {
      group: t('frontdesk.late.procedures'),
      items: choices
        .filter((c) => c.procedure)
        .map((c) => ({
          value: c.key,
          label: `${c.procedure?.code ?? ''} · ${t(`domain.purposes.${c.purpose}`)} — ${pick(c.procedure?.name ?? { id: '', en: '' })}`,
        })),
    },
    {
      group: t('frontdesk.late.withoutProcedure'),
      items: choices
        .filter((c) => !c.procedure)
        .map((c) => ({ value: c.key, label: t(`domain.purposes.${c.purpose}`) })),
    },
  ]

  const visitor = values.visitor
  const visitorError = errorOf('visitorId')

  return (
    <Stack gap="lg" maw={1080}>
      <div>
        <Title order={1} fz={26}>
          {t('frontdesk.late.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('frontdesk.late.intro', { zone: fmt.zoneLabel, office: officeName ?? '' })}
        </Text>
      </div>
      {restored ? <DraftRestoredAlert hint={t('frontdesk.late.restoredHint')} onDiscard={startOver} /> : null}

      <SectionCard
        title={t('frontdesk.late.visitor')}
        aside={
          visitor || registering ? null : (
            <Button
              variant="light"
              size="sm"
              leftSection={<IconUserPlus size={16} />}
              onClick={() => {
                setPrefill({})
                setRegistering(true)
              }}
            >
              {t('frontdesk.newVisitor')}
            </Button>
          )
        }
      >
        {visitor ? (
          <Group justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon variant="light" radius="xl" size="lg">
                <IconUser size={20} />
              </ThemeIcon>
              <div>
                <Text fw={600} data-testid="late-visitor">
                  {visitor.fullName}
                </Text>
                <Text fz="sm" c="dimmed">
                  {[
                    visitor.nikMasked ? `${t('frontdesk.fields.nik')} ${visitor.nikMasked}` : null,
                    visitor.nip ? `${t('frontdesk.fields.nip')} ${visitor.nip}` : null,
                    visitor.phoneDisplay,
                  ]
                    .filter(Boolean)
                    .join(' · ') || t('frontdesk.search.noDetails')}
                </Text>
              </div>
            </Group>
            <Button
              variant="default"
              size="sm"
              leftSection={<IconRefresh size={16} />}
              onClick={() => {
                setField('visitor', null)
                requestAnimationFrame(() => searchRef.current?.focus())
              }}
            >
              {t('frontdesk.late.changeVisitor')}
            </Button>
          </Group>
        ) : registering ? (
          <VisitorForm
            draftKey={VISITOR_DRAFT}
            visitor={null}
            prefill={prefill}
            onSaved={(view) => pickVisitor(view)}
            onClose={() => {
              setRegistering(false)
              requestAnimationFrame(() => searchRef.current?.focus())
            }}
            onOpenExisting={(id) => {
              clearDraft(VISITOR_DRAFT)
              void call('visitors.get', { id }).then(pickVisitor)
            }}
          />
        ) : (
          <VisitorSearch
            query={query}
            onQueryChange={setQuery}
            inputRef={searchRef}
            autoFocus={!restored}
            embedded
            onOpen={pickVisitor}
            onRegister={(fill) => {
              setPrefill(fill)
              setRegistering(true)
            }}
          />
        )}
        {visitorError ? (
          <Text c="red" fz="sm" role="alert">
            {visitorError}
          </Text>
        ) : null}
      </SectionCard>

      <form onSubmit={submit} noValidate onKeyDown={onFormKeyDown} data-late-form>
        <Stack gap="lg">
          <ErrorAlert error={failure} />
          <SectionCard title={t('frontdesk.late.visit')}>
            {proceduresFailure ? <ErrorAlert error={proceduresFailure} /> : null}
            <Select
              ref={purposeRef}
              withAsterisk
              searchable
              label={t('frontdesk.late.purpose')}
              placeholder={procedures ? t('frontdesk.late.purposePlaceholder') : t('app.loading')}
              data={choiceData}
              value={values.choice}
              onChange={choose}
              onBlur={() => blur('purpose')}
              error={errorOf('purpose')}
              nothingFoundMessage={t('frontdesk.late.nothingFound')}
              maxDropdownHeight={360}
              comboboxProps={{ withinPortal: true }}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <DateField
                withAsterisk
                withWeekday
                label={t('frontdesk.late.arrivalDate')}
                value={values.arrivalDate}
                error={Boolean(errorOf('arrivedAt'))}
                onValue={(value) => change(withArrivalDate(form.getValues(), value))}
                onBlur={() => blur('arrivedAt')}
              />
              <TimeField
                withAsterisk
                label={t('frontdesk.late.arrivalTime', { zone: fmt.zoneLabel })}
                value={values.arrivalTime}
                error={errorOf('arrivedAt')}
                onValue={(value) => change(withArrivalTime(form.getValues(), value))}
                onBlur={() => blur('arrivedAt')}
              />
              <TextInput
                label={t('frontdesk.late.queueNumber')}
                description={t('frontdesk.late.queueNumberHint')}
                maxLength={16}
                value={values.queueNumber}
                error={errorOf('queueNumber')}
                onChange={(event) => setField('queueNumber', event.currentTarget.value.toUpperCase())}
              />
            </SimpleGrid>
          </SectionCard>

          {choice ? (
            procedure ? (
              <SectionCard
                title={t('frontdesk.late.steps.title')}
                aside={
                  <Switch
                    label={t('frontdesk.late.steps.multiDay')}
                    checked={values.multiDay}
                    onChange={(event) => setField('multiDay', event.currentTarget.checked)}
                  />
                }
              >
                <Text fz="sm" c="dimmed" mt={-8}>
                  {t('frontdesk.late.steps.hint', { zone: fmt.zoneLabel })}
                </Text>
                {errorOf('steps') ? (
                  <Text c="red" fz="sm" role="alert">
                    {errorOf('steps')}
                  </Text>
                ) : null}
                <LateSteps
                  procedure={procedure}
                  values={values}
                  timings={timings}
                  errorOf={errorOf}
                  onBlur={blur}
                  onStep={(index: number, patch: Partial<LateStepValues>) =>
                    change(withStepChange(form.getValues(), index, patch))
                  }
                />
                <Group gap="lg">
                  <Text fz="sm">
                    {t('frontdesk.late.steps.total')}{' '}
                    <Text component="span" fw={600}>
                      {totalSpan !== null ? fmt.duration(totalSpan) : '—'}
                    </Text>
                  </Text>
                  {total ? (
                    <Text fz="sm" c={totalOverran ? 'orange.8' : 'dimmed'} fw={totalOverran ? 600 : 400}>
                      {t(
                        totalOverran
                          ? 'frontdesk.late.steps.totalOverran'
                          : 'frontdesk.late.steps.totalStandard',
                        {
                          standard: fmt.standard(total),
                        },
                      )}
                    </Text>
                  ) : null}
                </Group>
                {totalOverran && procedure && procedure.steps.every((step) => step.standard === null) ? (
                  <Textarea
                    label={t('frontdesk.late.steps.procedureReason', { standard: fmt.standard(total) })}
                    description={t('frontdesk.late.steps.procedureReasonHint')}
                    autosize
                    minRows={2}
                    value={values.procedureReason ?? ''}
                    error={errorOf('procedureReason')}
                    onChange={(event) => setField('procedureReason', event.currentTarget.value)}
                    onBlur={() => blur('procedureReason')}
                  />
                ) : null}
              </SectionCard>
            ) : (
              <SectionCard title={t('frontdesk.late.finish')}>
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
                  <DateField
                    withAsterisk
                    withWeekday
                    label={t('frontdesk.late.finishDate')}
                    value={values.finishDate}
                    error={Boolean(errorOf('finishedAt'))}
                    onValue={(value) => setField('finishDate', value)}
                    onBlur={() => blur('finishedAt')}
                  />
                  <TimeField
                    withAsterisk
                    label={t('frontdesk.late.finishTime', { zone: fmt.zoneLabel })}
                    value={values.finishTime}
                    error={errorOf('finishedAt')}
                    onValue={(value) => setField('finishTime', value)}
                    onBlur={() => blur('finishedAt')}
                  />
                </SimpleGrid>
              </SectionCard>
            )
          ) : null}

          <SectionCard title={t('frontdesk.late.result')}>
            <Textarea
              withAsterisk
              autosize
              minRows={2}
              maxRows={6}
              label={t('frontdesk.late.outcome')}
              description={t('frontdesk.late.outcomeHint')}
              value={values.outcome}
              error={errorOf('outcome')}
              onChange={(event) => setField('outcome', event.currentTarget.value)}
              onBlur={() => blur('outcome')}
            />
            <Textarea
              autosize
              minRows={2}
              maxRows={6}
              label={t('frontdesk.late.notes')}
              value={values.notes}
              error={errorOf('notes')}
              onChange={(event) => setField('notes', event.currentTarget.value)}
            />
          </SectionCard>

          <Group justify="flex-end" gap="md">
            <Shortcut keys={['Ctrl+S']} label={t('frontdesk.keys.save')} />
            <Button type="submit" size="md" loading={busy} leftSection={<IconDeviceFloppy size={18} />}>
              {t('frontdesk.late.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {procedures === null && !proceduresFailure ? <Loader size="sm" aria-label={t('app.loading')} /> : null}
    </Stack>
  )
}
