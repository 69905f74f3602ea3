import { ActionIcon, Button, Group, Table, Text, Tooltip } from '@mantine/core'
import { IconRepeat } from '@tabler/icons-react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardItem } from '../../../../../common/visits'
import { useLocale } from '../../../i18n'
import { timing, useDurationFormat } from '../time'
import { Timer } from '../Timer'
import type { Section } from './sections'
import { isOpen, rowTiming } from './sections'

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

/**
 * One visit on the board: its numbers, who and what for, the step it is at, its timer against the
 * standard, the counter that called it; Enter or a click opens it, the arrow keys move between rows.
 */
export function BoardRow({
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
