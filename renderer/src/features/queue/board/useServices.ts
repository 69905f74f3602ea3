import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Procedure } from '../../../../../common/procedures'
import { SERVICE_OF_PURPOSE, VISIT_PURPOSES } from '../../../../../common/procedures'
import { useLocale } from '../../../i18n'

/**
 * The service letters an officer can call from (A, B, C…), each with what its queue is for: the
 * walk-in procedures' names, and the purposes that run no procedure. Sorted by letter.
 */
export function useServices(procedures: readonly Procedure[]): [letter: string, names: string[]][] {
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
