import { Card, EmptyState, Loader, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconUsers } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RpcError } from '../../../../common/errors'
import type { Procedure } from '../../../../common/procedures'
import type { BoardItem } from '../../../../common/visits'
import { asRpcError, call } from '../../api/client'
import { useCoreQuery } from '../../api/queries'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useLocale } from '../../i18n'
import { useGlobalHotkeys } from '../../shell/hotkeys'
import { useGo } from '../../shell/navigate'
import { OverdueComplaints } from '../complaints/OverdueComplaints'
import { BoardHeader } from './board/BoardHeader'
import { BoardSection } from './board/BoardSection'
import { BoardStats } from './board/BoardStats'
import { SECTIONS, countSections, groupBoard } from './board/sections'
import { useServices } from './board/useServices'
import { useNow, useOfficeFormat } from './time'
import { readCallService, useCallNext, useQueueRoles, writeCallService } from './useCallNext'

const NO_PROCEDURES: Procedure[] = []

/**
 * Today's queue: every visit of the office by section, with live timers; an officer calls the
 * next visitor (F8) or recalls one, and opens a visit to serve it. The board is asked again
 * whenever a visit changes here, in another window or at another desk (the core's events); only
 * its clock ticks.
 */
export function QueueScreen() {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const go = useGo()
  const now = useNow()
  const fmt = useOfficeFormat()
  const { canServe } = useQueueRoles()
  const board = useCoreQuery('visits.board', {})
  const procedures = useCoreQuery('procedures.list', {}).data ?? NO_PROCEDURES
  const services = useServices(procedures)
  const [service, setService] = useState<string | null>(readCallService)
  const { callNext, busy: calling, failure: callFailure } = useCallNext()
  const [actionFailure, setActionFailure] = useState<RpcError | null>(null)

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

  const items = board.data?.items
  const grouped = useMemo(() => groupBoard(items ?? [], now), [items, now])
  const counts = countSections(grouped)

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

  const failure = board.error?.error ?? null
  return (
    <Stack gap="lg" maw={1280}>
      <BoardHeader
        day={board.data?.day ?? null}
        now={now}
        canServe={canServe}
        services={services}
        service={service}
        onService={(chosen) => {
          setService(chosen)
          writeCallService(chosen)
        }}
        calling={calling}
        onCallNext={next}
      />
      <ErrorAlert error={callFailure ?? actionFailure ?? failure} />
      {!canServe ? (
        <Text fz="sm" c="dimmed">
          {t('queue.board.readOnly')}
        </Text>
      ) : null}
      <BoardStats counts={counts} />
      <OverdueComplaints />
      {!items ? (
        failure ? null : (
          <Loader aria-label={t('app.loading')} />
        )
      ) : items.length === 0 ? (
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
          <BoardSection
            key={section}
            section={section}
            items={grouped[section]}
            now={now}
            canServe={canServe}
            stepText={stepText}
            onOpen={(item) => go('visit', item.id)}
            onRecall={(item) => void recall(item)}
          />
        ))
      )}
    </Stack>
  )
}
