import type { FormErrors } from '@mantine/form'
import type { z } from 'zod'
import type { RpcError } from '../../../common/errors'
import type { Localized } from '../../../common/localized'
import { fieldErrors } from '../../../common/validation'
import { useLocale } from '../i18n'

/** A message of the core or of common/'s catalog, shown in the current language (and re-rendered when it changes). */
export function LocalizedText({ message }: { message: Localized }) {
  const { pick } = useLocale()
  return <>{pick(message)}</>
}

/** Mantine form validation from a zod schema of common/, with the shared Indonesian/English messages. */
export function zodValidate<V>(schema: z.ZodType) {
  return (values: V): FormErrors => {
    const result = schema.safeParse(values)
    if (result.success) return {}
    return Object.fromEntries(
      Object.entries(fieldErrors(result.error)).map(([path, message]) => [
        path,
        <LocalizedText message={message} />,
      ]),
    )
  }
}

/** The core's per-field messages, placed on the form's fields. */
export function serverFieldErrors(error: RpcError): FormErrors {
  return Object.fromEntries(
    Object.entries(error.fields ?? {}).map(([path, message]) => [path, <LocalizedText message={message} />]),
  )
}
