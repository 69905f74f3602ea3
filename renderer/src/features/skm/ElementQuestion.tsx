import { Badge, Group, Paper, SimpleGrid, Text, UnstyledButton } from '@mantine/core'
import type { KeyboardEvent } from 'react'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { SkmElement } from '../../../../common/skm'
import { useLocale } from '../../i18n'
import type { SurveyMode } from './mode'
import { MODE_STYLE } from './mode'
import classes from './ElementQuestion.module.css'

/**
 * One element (unsur) of the questionnaire: its question and its answers in the regulation's
 * words as big radio cards, worst to best. The keyboard works as a radio group does (one Tab stop,
 * arrows move and choose) and a digit 1–4 chooses that answer and moves on to the next element, so
 * a returned paper form is keyed in as its nine digits.
 */
export function ElementQuestion({
  element,
  scaleMin,
  value,
  missing,
  mode,
  onChange,
  onAnswered,
  autoFocus = false,
}: {
  element: SkmElement
  scaleMin: number
  value: number | undefined
  missing: boolean
  mode: SurveyMode
  onChange: (score: number) => void
  /** After a digit: the focus moves to the next element. */
  onAnswered: () => void
  /** Takes the focus when its dialog opens (Mantine's `data-autofocus`). */
  autoFocus?: boolean
}) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const style = MODE_STYLE[mode]
  const count = element.answers.length
  const selected = value === undefined ? -1 : value - scaleMin
  const labelId = `skm-${element.id}-label`
  const missingId = `skm-${element.id}-missing`

  const choose = (index: number, focus: boolean) => {
    onChange(scaleMin + index)
    if (focus) buttons.current[index]?.focus()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const from = selected < 0 ? 0 : selected
    const moves: Record<string, number> = {
      ArrowRight: Math.min(count - 1, selected < 0 ? 0 : from + 1),
      ArrowDown: Math.min(count - 1, selected < 0 ? 0 : from + 1),
      ArrowLeft: Math.max(0, from - 1),
      ArrowUp: Math.max(0, from - 1),
      Home: 0,
      End: count - 1,
    }
    const to = moves[event.key]
    if (to !== undefined) {
      event.preventDefault()
      choose(to, true)
      return
    }
    const digit = Number(event.key)
    if (/^[0-9]$/.test(event.key) && digit >= scaleMin && digit - scaleMin < count) {
      event.preventDefault()
      choose(digit - scaleMin, false)
      onAnswered()
    }
  }

  return (
    <Paper
      withBorder
      radius="md"
      p={style.cardPadding}
      className={classes.element}
      data-missing={missing || undefined}
      data-skm-element={element.id}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start" mb="sm">
        <Badge
          size={style.badge}
          variant={missing ? 'filled' : 'light'}
          color={missing ? 'red' : undefined}
          style={{ flexShrink: 0 }}
        >
          {element.id}
        </Badge>
        <div>
          <Text fz={style.name} fw={700} lh={1.3} id={labelId}>
            {pick(element.name)}
          </Text>
          <Text fz={style.question} lh={1.4}>
            {pick(element.question)}
          </Text>
          {missing ? (
            <Text fz={style.question} c="red.8" fw={600} id={missingId}>
              {t('skm.form.notAnswered')}
            </Text>
          ) : null}
        </div>
      </Group>
      <SimpleGrid
        cols={{ base: 2, sm: count }}
        spacing="sm"
        role="radiogroup"
        aria-labelledby={labelId}
        aria-describedby={missing ? missingId : undefined}
        aria-invalid={missing || undefined}
        onKeyDown={onKeyDown}
      >
        {element.answers.map((answer, index) => {
          const checked = index === selected
          return (
            <UnstyledButton
              key={index}
              ref={(node) => {
                buttons.current[index] = node
              }}
              role="radio"
              aria-checked={checked}
              // One Tab stop per element: the chosen answer, or the first while none is.
              tabIndex={checked || (selected < 0 && index === 0) ? 0 : -1}
              data-autofocus={(autoFocus && index === Math.max(0, selected)) || undefined}
              className={classes.answer}
              data-checked={checked || undefined}
              mih={style.answerHeight}
              onClick={() => choose(index, false)}
            >
              <span className={classes.digit} aria-hidden>
                {scaleMin + index}
              </span>
              <Text span fz={style.answer} fw={checked ? 700 : 500} lh={1.25}>
                {pick(answer)}
              </Text>
            </UnstyledButton>
          )
        })}
      </SimpleGrid>
    </Paper>
  )
}
