import {
  ActionIcon,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Kbd,
  Loader,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconDeviceTv,
  IconHourglass,
  IconRepeat,
  IconSpeakerphone,
  IconUserCheck,
  IconUsers,
  IconX,
} from '@tabler/icons-react'
import type { KeyboardEvent, ReactNode } from 'react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RpcError } from '../../../../common/errors'
import type { Procedure } from '../../../../common/procedures'
import { SERVICE_OF_PURPOSE, VISIT_PURPOSES } from '../../../../common/procedures'
import type { BoardItem } from '../../../../common/visits'
import { call } from '../../api/client'
import { useCoreQuery } from '../../api/queries'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useLocale } from '../../i18n'
import { useGlobalHotkeys } from '../../shell/hotkeys'
import { useGo } from '../../shell/navigate'
import type { Timing } from './time'
import { timing, useDurationFormat, useNow, useOfficeFormat } from './time'
import { Timer } from './Timer'
import { asRpcError, readCallService, useCallNext, useQueueRoles, writeCallService } from './useCallNext'

const NO_PROCEDURES: Procedure[] = []

type Section = 'overdue' | 'in_progress' | 'waiting' | 'done' | 'cancelled'
const SECTIONS: readonly Section[] = ['overdue', 'in_progress', 'waiting', 'done', 'cancelled']

const isOpen = (item: BoardItem) => item.status === 'waiting' || item.status === 'in_progress'

/** Past its running step's standard or the whole procedure's, as of now (the board's answer is as of its last change). */
export function overdueNow(item: BoardItem, now: number): boolean {
  if (!isOpen(item)) return false
  return (
    item.overdue ||
    (item.currentDueAt !== null && now > item.currentDueAt) ||
    (item.totalDueAt !== null && now > item.totalDueAt)
  )
}

function sectionOf(item: BoardItem, now: number): Section {
  if (overdueNow(item, now)) return 'overdue'
  return item.status
}

/** The timer a row shows: the running step against its standard, else the visit against its total. */
function rowTiming(item: BoardItem, now: number): { timing: Timing; dueAt: number | null } {
  if (!isOpen(item)) {
    return {
      timing: timing({ startedAt: item.arrivedAt, dueAt: item.totalDueAt, endedAt: item.finishedAt, now }),
      dueAt: item.totalDueAt,
    }
  }
  if (item.currentStartedAt !== null && item.currentDueAt !== null) {
    return {
      timing: timing({ startedAt: item.currentStartedAt, dueAt: item.currentDueAt, now }),
      dueAt: item.currentDueAt,
    }
  }
  return {
    timing: timing({ startedAt: item.arrivedAt, dueAt: item.totalDueAt, now }),
    dueAt: item.totalDueAt,
  }
}

/** Today's board, asked again whenever a visit changes here, in another window or at another desk. */
function useBoard() {
  const query = useCoreQuery('visits.board', {})
  return { board: query.data ?? null, failure: query.error?.error ?? null }
}

/** Service letters and what each queue is for, from the procedures and the purposes without one. */
function useServices(procedures: Procedure[]) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  return useMemo(() => {
    const names = new Map<string, string[]>()
    const add = (letter: string, name: string) => {
      const list = names.get(letter) ?? []
      if (!list.includes(name)) list.push(name)
      names.set(letter, list)
    }
    for (const procedure of procedures) {
      if (procedure.channel === 'walk_in' && procedure.service) add(procedure.service, pick(procedure.name))
    }
    for (const purpose of VISIT_PURPOSES) {
      const letter = SERVICE_OF_PURPOSE[purpose]
      if (!names.has(letter) || letter === 'C') add(letter, t(`domain.purposes.${purpose}`))
    }
    return [...names.entries()].sort(([a], [b]) => a.localeCompare(b))
  }, [procedures, pick, t])
}

/** Focus moves between the board's rows with the arrow keys; Enter opens one. */
function moveFocus(event: KeyboardEvent<HTMLElement>, step: 1 | -1) {
  const rows = [...document.querySelectorAll<HTMLElement>('[data-board-row]')]
  const index = rows.indexOf(event.currentTarget)
  const next = rows[index + step]
  if (next) {
    event.preventDefault()
    next.focus()
  }
}

export function QueueScreen() {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const go = useGo()
  const now = useNow()
  const fmt = useOfficeFormat()
  const { canServe } = useQueueRoles()
  const { board, failure } = useBoard()
  const procedures = useCoreQuery('procedures.list', {}).data ?? NO_PROCEDURES
  const [service, setService] = useState<string | null>(readCallService)
  const { callNext, busy: calling, failure: callFailure } = useCallNext()
  const [actionFailure, setActionFailure] = useState<RpcError | null>(null)
  const services = useServices(procedures)

  const next = () => {
    if (canServe) void callNext(service)
  }
  // F8 calls the next visitor from anywhere on the board, a focused field included.
  useGlobalHotkeys([['F8', next, { preventDefault: true }]])

  const recall = async (item: BoardItem) => {
    setActionFailure(null)
    try {
      const visit = await call('visits.call', { visitId: item.id })
      notifications.show({
        color: 'teal',
        message: t('queue.recalled', {
          number: visit.queueNumber ?? visit.visitNumber,
          counter: visit.calledBy ?? '—',
        }),
      })
    } catch (error) {
      setActionFailure(asRpcError(error))
    }
  }

  const openDisplay = () => {
    window.open('#/display', 'loket-display', 'popup,width=1280,height=720')
  }

  const grouped = useMemo(() => {
    const groups: Record<Section, BoardItem[]> = {
      overdue: [],
      in_progress: [],
      waiting: [],
      done: [],
      cancelled: [],
    }
    for (const item of board?.items ?? []) groups[sectionOf(item, now)].push(item)
    const byCall = (a: BoardItem, b: BoardItem) => (a.calledAt ?? a.arrivedAt) - (b.calledAt ?? b.arrivedAt)
    const latestFirst = (a: BoardItem, b: BoardItem) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0)
    groups.in_progress.sort(byCall)
    groups.done.sort(latestFirst)
    groups.cancelled.sort(latestFirst)
    return groups
  }, [board, now])

  const stepText = (item: BoardItem): string => {
    if (item.status === 'done') return t('queue.board.finishedAt', { time: fmt.clock(item.finishedAt ?? 0) })
    if (item.status === 'cancelled')
      return t('queue.board.cancelledAt', { time: fmt.clock(item.finishedAt ?? 0) })
    if (item.status === 'waiting') return t('queue.board.waitingToBeCalled')
    if (!item.procedureName) return t('queue.board.noProcedure')
    if (item.currentStep === null || !item.currentActivity) return '—'
    return t('queue.board.stepOf', {
      no: item.currentStep,
      count: item.stepCount ?? 0,
      activity: pick(item.currentActivity),
    })
  }

  const total = board?.items.length ?? 0

  return (
    <Stack gap="lg" maw={1280}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <div>
          <Title order={1} fz={26}>
            {t('queue.board.title')}
          </Title>
          <Text c="dimmed" mt={4}>
            {fmt.day(now)} · {fmt.clock(now)} {fmt.zoneLabel}
          </Text>
        </div>
        <Group gap="sm" wrap="wrap" align="flex-end">
          {canServe ? (
            <Stack gap={4}>
              <Text fz="xs" c="dimmed" id="queue-service-label">
                {t('queue.board.serviceLabel')}
              </Text>
              <SegmentedControl
                aria-labelledby="queue-service-label"
                value={service ?? 'all'}
                onChange={(value) => {
                  const chosen = value === 'all' ? null : value
                  setService(chosen)
                  writeCallService(chosen)
                }}
                data={[
                  { value: 'all', label: t('queue.board.serviceAll') },
                  ...services.map(([letter, names]) => ({
                    value: letter,
                    label: (
                      <Tooltip label={names.join(' · ')} withinPortal>
                        <span>{letter}</span>
                      </Tooltip>
                    ),
                  })),
                ]}
              />
            </Stack>
          ) : null}
          {canServe ? (
            <Button
              size="md"
              leftSection={<IconSpeakerphone size={20} />}
              rightSection={<Kbd size="sm">F8</Kbd>}
              loading={calling}
              onClick={next}
            >
              {service ? t('queue.board.callNextService', { service }) : t('queue.board.callNext')}
            </Button>
          ) : null}
          <Button variant="default" leftSection={<IconDeviceTv size={18} />} onClick={openDisplay}>
            {t('queue.board.openDisplay')}
          </Button>
        </Group>
      </Group>

      <ErrorAlert error={callFailure ?? actionFailure ?? failure} />
      {!canServe ? (
        <Text fz="sm" c="dimmed">
          {t('queue.board.readOnly')}
        </Text>
      ) : null}

      <SimpleGrid cols={{ base: 3, lg: 5 }} spacing="sm">
        <Stat
          label={t('domain.visitStatus.waiting')}
          value={grouped.waiting.length}
          icon={<IconHourglass size={16} />}
        />
        <Stat
          label={t('domain.visitStatus.in_progress')}
          value={grouped.in_progress.length}
          icon={<IconUserCheck size={16} />}
        />
        <Stat
          label={t('domain.visitStatus.overdue')}
          value={grouped.overdue.length}
          icon={<IconAlertTriangle size={16} />}
          alarm={grouped.overdue.length > 0}
        />
        <Stat
          label={t('domain.visitStatus.done')}
          value={grouped.done.length}
          icon={<IconCircleCheck size={16} />}
        />
        <Stat
          label={t('domain.visitStatus.cancelled')}
          value={grouped.cancelled.length}
          icon={<IconX size={16} />}
          muted
        />
      </SimpleGrid>

      {!board ? (
        failure ? null : (
          <Loader aria-label={t('app.loading')} />
        )
      ) : total === 0 ? (
        <Card withBorder radius="md" padding="xl">
          <EmptyState
            icon={<IconUsers size={36} />}
            withIndicatorBackground
            title={t('queue.board.emptyTitle')}
            description={t('queue.board.emptyText')}
          />
        </Card>
      ) : (
        SECTIONS.filter((section) => grouped[section].length > 0).map((section) => (
          <Card
            key={section}
            withBorder
            radius="md"
            padding={0}
            component="section"
            aria-labelledby={`board-${section}`}
            style={
              section === 'overdue'
                ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 }
                : undefined
            }
          >
            <Group
              px="md"
              py="sm"
              gap="xs"
              bg={section === 'overdue' ? 'red.0' : undefined}
              style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
            >
              {section === 'overdue' ? (
                <IconAlertTriangle size={20} color="var(--mantine-color-red-8)" aria-hidden />
              ) : null}
              <Title
                order={2}
                fz="md"
                id={`board-${section}`}
                c={section === 'overdue' ? 'red.8' : section === 'cancelled' ? 'dimmed' : undefined}
              >
                {t(`domain.visitStatus.${section}`)}
              </Title>
              <Badge
                variant="light"
                color={section === 'overdue' ? 'red' : section === 'cancelled' ? 'gray' : 'loket'}
              >
                {grouped[section].length}
              </Badge>
            </Group>
            {/* Below 1200 px (1024×768 counters, 125% zoom) the step and counter columns fold into
                the visitor's and the number's cells, so no column runs out of the panel and no
                procedure name is cut (issue 8, fault 11). */}
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="xs" highlightOnHover layout="fixed">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={150}>{t('queue.board.colNumber')}</Table.Th>
                    <Table.Th>{t('queue.board.colVisitor')}</Table.Th>
                    <Table.Th visibleFrom="lg">{t('queue.board.colStep')}</Table.Th>
                    <Table.Th w={160}>{t('queue.board.colTime')}</Table.Th>
                    <Table.Th w={64} visibleFrom="lg">
                      {t('queue.board.colCounter')}
                    </Table.Th>
                    <Table.Th w={110}>
                      <VisuallyHidden>{t('queue.board.colActions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {grouped[section].map((item) => (
                    <BoardRow
                      key={item.id}
                      item={item}
                      now={now}
                      section={section}
                      stepText={stepText(item)}
                      canServe={canServe}
                      onOpen={() => go('visit', item.id)}
                      onRecall={() => void recall(item)}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
        ))
      )}
    </Stack>
  )
}

function Stat({
  label,
  value,
  icon,
  alarm = false,
  muted = false,
}: {
  label: string
  value: number
  icon: ReactNode
  alarm?: boolean
  muted?: boolean
}) {
  return (
    <Paper
      withBorder
      radius="md"
      px="md"
      py="sm"
      bg={alarm ? 'red.0' : undefined}
      style={alarm ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined}
      aria-label={`${label}: ${value}`}
      role="group"
    >
      <Group gap={8} wrap="nowrap" mih={36}>
        <ThemeIcon variant="light" size="md" radius="sm" color={alarm ? 'red' : muted ? 'gray' : 'loket'}>
          {icon}
        </ThemeIcon>
        <Text fz="sm" lh={1.2} c={alarm ? 'red.8' : 'dimmed'} fw={alarm ? 700 : 500}>
          {label}
        </Text>
      </Group>
      <Text fz={30} fw={700} lh={1.1} mt={2} c={alarm ? 'red.8' : muted ? 'dimmed' : undefined}>
        {value}
      </Text>
    </Paper>
  )
}

function BoardRow({
  item,
  now,
  section,
  stepText,
  canServe,
  onOpen,
  onRecall,
}: {
  item: BoardItem
  now: number
  section: Section
  stepText: string
  canServe: boolean
  onOpen: () => void
  onRecall: () => void
}) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const duration = useDurationFormat()
  const { timing: rowTime, dueAt } = rowTiming(item, now)
  const open = isOpen(item)
  const number = item.queueNumber ?? item.visitNumber
  const overdue = section === 'overdue'
  const muted = section === 'cancelled'
  const totalTiming =
    open && item.currentDueAt !== null && item.totalDueAt !== null
      ? timing({ startedAt: item.arrivedAt, dueAt: item.totalDueAt, now })
      : null
  return (
    <Table.Tr
      data-board-row
      tabIndex={0}
      aria-label={t('queue.board.rowLabel', { number, name: item.visitorName })}
      onClick={onOpen}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return
        if (event.key === 'Enter') {
          event.preventDefault()
          onOpen()
        } else if (event.key === 'ArrowDown') moveFocus(event, 1)
        else if (event.key === 'ArrowUp') moveFocus(event, -1)
      }}
      style={{
        cursor: 'pointer',
        opacity: muted ? 0.6 : 1,
        boxShadow: overdue ? 'inset 4px 0 0 var(--mantine-color-red-6)' : undefined,
      }}
    >
      <Table.Td>
        <Text fw={700} fz="lg" ff="monospace" td={muted ? 'line-through' : undefined}>
          {number}
        </Text>
        {item.queueNumber ? (
          <Text fz="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {item.visitNumber}
          </Text>
        ) : null}
        {item.calledBy ? (
          <Text fz="xs" fw={600} hiddenFrom="lg">
            {t('queue.board.atCounter', { counter: item.calledBy })}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Text fw={600} fz="sm">
          {item.visitorName}
        </Text>
        <Text fz="xs" c="dimmed">
          {item.procedureName ? pick(item.procedureName) : t(`domain.purposes.${item.purpose}`)}
          {item.enteredLate ? ` · ${t('domain.enteredLate')}` : ''}
        </Text>
        <Text fz="sm" mt={2} hiddenFrom="lg" c={muted ? 'dimmed' : undefined}>
          {stepText}
        </Text>
      </Table.Td>
      <Table.Td visibleFrom="lg">
        <Text fz="sm" c={muted ? 'dimmed' : undefined}>
          {stepText}
        </Text>
      </Table.Td>
      <Table.Td>
        <Timer
          timing={rowTime}
          dueAt={dueAt}
          running={open}
          stacked
          provisional={
            dueAt !== null && dueAt === item.currentDueAt
              ? item.currentDueProvisional
              : item.totalDueProvisional
          }
        />
        {totalTiming ? (
          <Text fz="xs" c={totalTiming.overdue ? 'red.8' : 'dimmed'} ff="monospace">
            {t('queue.board.total', {
              elapsed: duration(totalTiming.elapsed),
              standard: totalTiming.span !== null ? duration(totalTiming.span) : '—',
            })}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td visibleFrom="lg">
        <Text fz="sm" fw={600}>
          {item.calledBy ?? '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          {canServe && item.status === 'in_progress' && item.calledAt !== null ? (
            <Tooltip label={t('queue.board.recall')}>
              <ActionIcon
                size="lg"
                variant="light"
                aria-label={t('queue.board.recallNumber', { number })}
                onClick={(event) => {
                  event.stopPropagation()
                  onRecall()
                }}
              >
                <IconRepeat size={18} />
              </ActionIcon>
            </Tooltip>
          ) : null}
          <Button
            size="xs"
            variant="subtle"
            aria-label={t('queue.board.openNumber', { number })}
            onClick={(event) => {
              event.stopPropagation()
              onOpen()
            }}
          >
            {t('queue.board.open')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  )
}
