import type { MantineSize } from '@mantine/core'

/**
 * Where the questionnaire is answered: at the kiosk by the visitor (touch, read from arm's length)
 * or at the desk from a returned paper form (keyboard, in a dialog).
 */
export type SurveyMode = 'kiosk' | 'paper'

interface ModeStyle {
  name: number
  question: number
  answer: number
  /** Touch targets: never under 56 px; larger at the kiosk. */
  answerHeight: number
  badge: MantineSize
  cardPadding: MantineSize
}

export const MODE_STYLE: Record<SurveyMode, ModeStyle> = {
  kiosk: { name: 22, question: 19, answer: 19, answerHeight: 76, badge: 'xl', cardPadding: 'lg' },
  paper: { name: 16, question: 14, answer: 15, answerHeight: 56, badge: 'lg', cardPadding: 'md' },
}
