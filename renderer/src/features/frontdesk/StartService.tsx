import {
  Badge,
  Box,
  Button,
  Group,
  Kbd,
  Modal,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconPlayerPlay } from '@tabler/icons-react'
import type { KeyboardEvent } from 'react'
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RpcError } from '../../../../common/errors'
import type { Localized } from '../../../../common/localized'
import type { VisitView } from '../../../../common/visits'
import { RpcCallError, call } from '../../api/client'
import { clearDraft, loadDraft, saveDraft } from '../../forms/drafts'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { LocalizedText } from '../../forms/validation'
import { useLocale } from '../../i18n'
import { useGlobalHotkeys } from '../../shell/hotkeys'
import type { ServiceChoice } from './choices'
import { useOfficeFormat } from './format'
import { Shortcuts } from './Shortcut'

const DRAFT_KEY = 'frontdesk.start'

interface StartDraft {
  visitorId: string
  choice: string | null
  notes: string
}

/**
 * Starts a service for the visitor at the counter: the purpose or procedure by its digit, optional
 * notes, Enter to confirm. The choice and notes are kept as a draft until the core has the visit.
 */
export function StartService({
  visitorId,
  choices,
  onStarted,
}: {
  visitorId: string
  choices: readonly ServiceChoice[]
  onStarted: (visit: VisitView) => void
}) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const fmt = useOfficeFormat()
  const name = useId()
  const groupRef = useRef<HTMLDivElement>(null)
  const [draft, setDraft] = useState<StartDraft>(() => {
    const stored = loadDraft<StartDraft>(DRAFT_KEY)
    return stored?.visitorId === visitorId ? stored : { visitorId, choice: null, notes: '' }
  })
  const [missingChoice, setMissingChoice] = useState(false)
  const [failure, setFailure] = useState<RpcError | null>(null)
  const [busy, setBusy] = useState(false)
  /** The core refused a second queue number until confirmed: what it said, and the choice to retry. */
  const [second, setSecond] = useState<{ key: string | null; message: Localized } | null>(null)

  const update = (patch: Partial<StartDraft>) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    if (next.choice === null && next.notes === '') clearDraft(DRAFT_KEY)
    else saveDraft(DRAFT_KEY, next)
  }

  const focusChoice = (key: string | null) => {
    const cards = groupRef.current?.querySelectorAll<HTMLElement>('[role="radio"]')
    const index = Math.max(
      choices.findIndex((choice) => choice.key === key),
      0,
    )
    cards?.[index]?.focus()
  }

  // The purpose is what the receptionist asks next: its list takes the focus.
  useEffect(() => {
    focusChoice(draft.choice)
    // Only when the visitor opens, not on every choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visitorId])

  const start = async (key: string | null, allowSecond = false) => {
    const choice = choices.find((c) => c.key === key)
    if (!choice) {
      setMissingChoice(true)
      focusChoice(null)
      return
    }
    if (busy) return
    setBusy(true)
    setFailure(null)
    try {
      const visit = await call('visits.start', {
        visitorId,
        purpose: choice.purpose,
        notes: draft.notes,
        allowSecond,
        ...(choice.procedure ? { procedureId: choice.procedure.id } : {}),
      })
      clearDraft(DRAFT_KEY)
      onStarted(visit)
    } catch (error) {
      if (!(error instanceof RpcCallError)) throw error
      // The core is the judge (another counter may have just given a number): ask, then retry.
      if (error.error.code === 'visit_already_open') setSecond({ key, message: error.error.message })
      else setFailure(error.error)
    } finally {
      setBusy(false)
    }
  }

  const choose = (key: string) => {
    setMissingChoice(false)
    update({ choice: key })
  }

  // A digit picks a purpose wherever the focus is on the screen, except in a text field.
  useGlobalHotkeys(
    choices.slice(0, 9).map((choice, index) => [
      String(index + 1),
      () => {
        choose(choice.key)
        focusChoice(choice.key)
      },
    ]),
  )
  // The cards are one radio group and one Tab stop (WAI-ARIA radio group): Tab enters at the chosen
  // card (or the first) and leaves for the note; the arrows move between cards (Mantine's Radio.Card).
  const tabStop = choices.some((choice) => choice.key === draft.choice) ? draft.choice : choices[0]?.key

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key === 'Enter' && !(event.target instanceof HTMLTextAreaElement)) {
      const target = event.target as HTMLElement
      const card = target.closest('[role="radio"]')
      if (target.tagName === 'BUTTON' && !card && target.getAttribute('type') !== 'submit') return
      event.preventDefault()
      const key = card?.getAttribute('data-choice') ?? draft.choice
      if (card && key) choose(key)
      void start(key)
    }
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`${name}-title`}>
      <Modal
        opened={second !== null}
        onClose={() => {
          setSecond(null)
          focusChoice(draft.choice)
        }}
        title={t('frontdesk.second.title')}
        centered
      >
        <Stack gap="md">
          <Text fw={500}>{second ? pick(second.message) : null}</Text>
          <Text fz="sm" c="dimmed">
            {t('frontdesk.second.hint')}
          </Text>
          <Group justify="flex-end">
            <Button
              variant="default"
              data-autofocus
              onClick={() => {
                setSecond(null)
                focusChoice(draft.choice)
              }}
            >
              {t('frontdesk.second.cancel')}
            </Button>
            <Button
              color="orange"
              loading={busy}
              onClick={() => {
                const key = second?.key ?? null
                setSecond(null)
                void start(key, true)
              }}
            >
              {t('frontdesk.second.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <form
        noValidate
        onKeyDown={onKeyDown}
        onSubmit={(event) => {
          event.preventDefault()
          void start(draft.choice)
        }}
      >
        <Stack gap="sm">
          <Title order={2} fz="lg" id={`${name}-title`}>
            {t('frontdesk.start.title')}
          </Title>
          <ErrorAlert error={failure} />
          <Radio.Group
            name={name}
            value={draft.choice}
            onChange={choose}
            label={t('frontdesk.start.purpose')}
            withAsterisk
            error={missingChoice ? t('frontdesk.start.choose') : null}
          >
            <Stack gap={4} mt={4} ref={groupRef}>
              {choices.map((choice, index) => (
                <Radio.Card
                  key={choice.key}
                  value={choice.key}
                  data-choice={choice.key}
                  tabIndex={choice.key === tabStop ? 0 : -1}
                  radius="md"
                  px="md"
                  py={8}
                >
                  {/* The whole SOP name, wrapped, never cut (issue 8, fault 11); a purpose no SOP
                      covers says nothing more than its name, which keeps the list short. */}
                  <Group wrap="nowrap" align="center" gap="sm">
                    <Radio.Indicator size="sm" />
                    <Kbd size="sm">{index + 1}</Kbd>
                    <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                      <Text fw={600} fz="md" lh={1.3}>
                        {t(`domain.purposes.${choice.purpose}`)}
                      </Text>
                      {choice.procedure ? (
                        <Text fz="xs" c="dimmed" lh={1.3}>
                          {t('frontdesk.start.sop', { code: choice.procedure.code })}{' '}
                          <LocalizedText message={choice.procedure.name} />
                        </Text>
                      ) : null}
                    </Stack>
                    <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
                      {choice.service ? (
                        <Badge variant="light" radius="sm">
                          {t('frontdesk.start.queue', { service: choice.service })}
                        </Badge>
                      ) : null}
                      {choice.procedure?.totalStandard ? (
                        <Text fz="xs" c="dimmed">
                          {fmt.standard(choice.procedure.totalStandard)}
                        </Text>
                      ) : null}
                    </Stack>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
          <TextInput
            label={t('frontdesk.start.notes')}
            placeholder={t('frontdesk.start.notesPlaceholder')}
            value={draft.notes}
            maxLength={2000}
            onChange={(event) => update({ notes: event.currentTarget.value })}
          />
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Box style={{ minWidth: 0 }}>
              <Shortcuts
                items={[
                  { keys: [`1–${Math.min(choices.length, 9)}`], label: t('frontdesk.keys.choose') },
                  { keys: ['Enter'], label: t('frontdesk.keys.start') },
                ]}
              />
            </Box>
            <Button
              type="submit"
              size="md"
              loading={busy}
              leftSection={<IconPlayerPlay size={18} />}
              style={{ flexShrink: 0 }}
            >
              {t('frontdesk.start.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
