import type { Attachment } from '../../../../common/consultations/consultation'

/** One attachment as typed: the page count empty until known. */
export interface AttachmentRow {
  description: string
  pages: number | ''
}

export const BLANK_ROW: AttachmentRow = { description: '', pages: '' }

export const rowsOf = (attachments: readonly Attachment[]): AttachmentRow[] =>
  attachments.map((a) => ({ description: a.description, pages: a.pages ?? '' }))

/** What the core receives: rows left wholly blank are not attachments, they are dropped. */
export function attachmentsOf(rows: readonly AttachmentRow[]): Attachment[] {
  return rows
    .filter((row) => row.description.trim() !== '' || row.pages !== '')
    .map((row) => ({ description: row.description.trim(), pages: row.pages === '' ? null : row.pages }))
}

/**
 * A row's own errors before the core is asked: a page count needs what it counts. Keys are the
 * rows' own indices, `<prefix>.<i>.description`, as Mantine's form and the core's fields name them.
 */
export function attachmentErrors(rows: readonly AttachmentRow[], prefix: string, missing: string) {
  const errors: Record<string, string> = {}
  rows.forEach((row, index) => {
    if (row.pages !== '' && row.description.trim() === '') errors[`${prefix}.${index}.description`] = missing
  })
  return errors
}

/**
 * The core's field errors name attachments by their index among those sent; the rows on screen
 * may include blank ones that were dropped. Maps `attachments.<sent>.<field>` back to the row.
 */
export function rowIndexOfSent(rows: readonly AttachmentRow[], sent: number): number {
  let seen = -1
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index]
    if (row && (row.description.trim() !== '' || row.pages !== '')) seen += 1
    if (seen === sent) return index
  }
  return sent
}
