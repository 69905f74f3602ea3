import { Button, Group, Kbd } from '@mantine/core'
import { IconArrowUpRight, IconCheck, IconFlag, IconPlayerSkipForward } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { VisitFacts } from '../../../../common/visit-rules'
import { useLocale } from '../../i18n'
import type { VisitActions } from './useVisitActions'

/**
 * How the officer moves on: to the next step, finishing after the last; before an escalation step,
 * resolve here (Ctrl+Enter) or escalate to its actor (Ctrl+Shift+Enter).
 */
export function AdvanceButtons({ facts, actions }: { facts: VisitFacts; actions: VisitActions }) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const { nextStep, chooseEscalation } = facts
  const { busy, advance } = actions
  if (chooseEscalation && nextStep) {
    return (
      <Group gap="sm">
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
          {t('queue.visit.escalate', { actor: pick(nextStep.actor) })}
        </Button>
      </Group>
    )
  }
  return (
    <Group gap="sm">
      <Button
        size="md"
        leftSection={nextStep ? <IconPlayerSkipForward size={20} /> : <IconFlag size={20} />}
        rightSection={<Kbd size="sm">Ctrl+Enter</Kbd>}
        loading={busy}
        onClick={() => void advance('next')}
      >
        {nextStep ? t('queue.visit.next') : t('queue.visit.finish')}
      </Button>
    </Group>
  )
}
