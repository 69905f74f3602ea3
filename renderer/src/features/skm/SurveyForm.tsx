import { Alert, Button, Group, Kbd, List, Stack, Text, Textarea, Title } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { IconAlertTriangle, IconSend } from '@tabler/icons-react'
import type { FormEvent } from 'react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RpcError } from '../../../../common/errors'
import type { SkmQuestionnaire } from '../../../../common/skm'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useLocale } from '../../i18n'
import type { SurveyAnswers, SurveyDraft } from './draft'
import { EMPTY_DRAFT, missingElements, toAnswers } from './draft'
import { ElementQuestion } from './ElementQuestion'
import type { SurveyMode } from './mode'
import { MODE_STYLE } from './mode'
import { ProfileFields } from './ProfileFields'

/** Focuses the answer that takes an element's Tab stop (its chosen answer, or its first). */
function focusElement(root: HTMLElement | null, elementId: string | undefined) {
  if (!root || !elementId) return
  root.querySelector<HTMLElement>(`[data-skm-element="${elementId}"] [role="radio"][tabindex="0"]`)?.focus()
}

/**
 * The questionnaire (skm.questionnaire) to answer: each element with its answers in the
 * regulation's words, a comment, and the optional profile below them. Sending with an element
 * unanswered is stopped here, each missing one marked and named; what the core refuses still shows
 * (its own check of the same rule, a profile field it would not take). The parent starts a new
 * survey by changing this form's key.
 */
export function SurveyForm({
  questionnaire,
  mode,
  submitLabel,
  busy,
  failure,
  onSubmit,
  onActivity,
}: {
  questionnaire: SkmQuestionnaire
  mode: SurveyMode
  submitLabel: string
  busy: boolean
  failure: RpcError | null
  onSubmit: (answers: SurveyAnswers) => void
  /** Any touch or key in the form (the kiosk's idle timer). */
  onActivity?: () => void
}) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const root = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState<SurveyDraft>(EMPTY_DRAFT)
  const [checked, setChecked] = useState(false)
  const missing = checked ? missingElements(questionnaire, draft) : []
  const style = MODE_STYLE[mode]
  const fieldError = (path: string) => {
    const message = failure?.fields?.[path]
    return message ? pick(message) : undefined
  }

  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    if (busy) return
    setChecked(true)
    const unanswered = missingElements(questionnaire, draft)
    if (unanswered.length > 0) {
      focusElement(root.current, unanswered[0]?.id)
      return
    }
    onSubmit(toAnswers(questionnaire, draft))
  }
  // At the desk the form is keyed in from the paper: the first element takes the focus at once, from
  // the dialog's autofocus (data-autofocus) or, when the questionnaire came after it, from here.
  useEffect(() => {
    if (mode === 'paper') focusElement(root.current, questionnaire.elements[0]?.id)
  }, [mode, questionnaire])
  const next = (index: number) => focusElement(root.current, questionnaire.elements[index + 1]?.id)

  return (
    <form
      ref={root}
      noValidate
      onSubmit={submit}
      onPointerDown={onActivity}
      onKeyDown={(event) => getHotkeyHandler([['mod+Enter', () => submit()]])(event)}
      onKeyUp={onActivity}
      onInput={onActivity}
      aria-label={t('skm.form.title')}
    >
      <Stack gap={mode === 'kiosk' ? 'lg' : 'md'}>
        {questionnaire.elements.map((element, index) => (
          <ElementQuestion
            key={element.id}
            element={element}
            scaleMin={questionnaire.scale.min}
            value={draft.scores[element.id]}
            missing={missing.some((m) => m.id === element.id)}
            mode={mode}
            onChange={(score) => setDraft((d) => ({ ...d, scores: { ...d.scores, [element.id]: score } }))}
            onAnswered={() => next(index)}
            autoFocus={mode === 'paper' && index === 0}
          />
        ))}
        <Textarea
          label={t('skm.form.comment')}
          description={t('skm.form.commentHint')}
          size={mode === 'kiosk' ? 'lg' : 'md'}
          autosize
          minRows={mode === 'kiosk' ? 3 : 2}
          maxLength={2000}
          value={draft.comment}
          error={fieldError('comment')}
          onChange={(event) => {
            const comment = event.currentTarget.value
            setDraft((d) => ({ ...d, comment }))
          }}
        />
        <Stack gap="xs">
          <Title order={2} fz={style.name}>
            {t('skm.form.profile')}
          </Title>
          <Text fz={style.question} c="dimmed">
            {t('skm.form.profileHint')}
          </Text>
          <ProfileFields
            profile={questionnaire.profile}
            value={draft.profile}
            mode={mode}
            errors={{
              age: fieldError('profile.age'),
              occupationOther: fieldError('profile.occupationOther'),
            }}
            onChange={(profile) => setDraft((d) => ({ ...d, profile }))}
          />
        </Stack>
        {missing.length > 0 ? (
          <Alert
            role="alert"
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={20} />}
            title={t('skm.form.missingTitle', { count: missing.length })}
          >
            <List size={mode === 'kiosk' ? 'lg' : 'sm'}>
              {missing.map((element) => (
                <List.Item key={element.id}>
                  {t('skm.form.missing', { id: element.id, name: pick(element.name) })}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <ErrorAlert error={failure} />
        <Group justify={mode === 'kiosk' ? 'center' : 'flex-end'}>
          <Button
            type="submit"
            size={mode === 'kiosk' ? 'xl' : 'md'}
            miw={mode === 'kiosk' ? 320 : undefined}
            leftSection={<IconSend size={mode === 'kiosk' ? 26 : 18} />}
            rightSection={mode === 'paper' ? <Kbd size="xs">Ctrl+Enter</Kbd> : undefined}
            loading={busy}
          >
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
