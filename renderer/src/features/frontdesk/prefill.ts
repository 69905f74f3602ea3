import type { VisitorDraft } from '../../../../common/visitors'

const NUMBER = /^\+?[\d\s.\-()]+$/

/**
 * What the receptionist searched for, put in the field it belongs to when they go on to register
 * the visitor: a NIK (16 digits), a NIP (18), a phone number (0…, +62…, 62… of phone length) or a name.
 */
export function prefillFromQuery(query: string): Partial<VisitorDraft> {
  const text = query.trim()
  if (text === '') return {}
  if (!NUMBER.test(text)) return { fullName: text }
  const digits = text.replace(/\D/g, '')
  if (text.startsWith('+') || digits.startsWith('0')) return { phone: text }
  if (digits.length === 16) return { nik: digits }
  if (digits.length === 18) return { nip: digits }
  if (digits.startsWith('62') && digits.length >= 10 && digits.length <= 15) return { phone: text }
  return digits.length > 16 ? { nip: digits } : { nik: digits }
}
