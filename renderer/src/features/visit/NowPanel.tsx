import { Button, Card, Group, Kbd, Stack, Text, Title } from '@mantine/core'
import { IconSpeakerphone } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ClosedAlert } from './ClosedAlert'
import type { WorkNowProps } from './WorkNow'
import { WorkNow } from './WorkNow'

/**
 * What to do now: call a waiting visitor, work the running step, or — once the visit is closed —
 * read how it ended and call the next visitor (F8).
 */
export function NowPanel({
  onCallNext,
  calling,
  ...work
}: WorkNowProps & { onCallNext: () => void; calling: boolean }) {
  const { view, facts, now, actions, canServe } = work
  const { t } = useTranslation()
  let body: ReactNode
  if (facts.closed) body = <ClosedAlert view={view} facts={facts} now={now} />
  else if (view.status === 'waiting') {
    body = (
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
              onClick={() => void actions.callVisitor()}
              loading={actions.busy}
            >
              {t('queue.visit.call')}
            </Button>
          </Group>
        ) : null}
      </>
    )
  } else {
    body = <WorkNow {...work} />
  }
  return (
    <Card withBorder radius="md" padding="lg" aria-labelledby="visit-now-title" component="section">
      <Stack gap="md">
        {body}
        {facts.closed && canServe ? (
          <Group>
            <Button
              variant="default"
              leftSection={<IconSpeakerphone size={18} />}
              rightSection={<Kbd size="sm">F8</Kbd>}
              loading={calling}
              onClick={onCallNext}
            >
              {t('queue.board.callNext')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  )
}
