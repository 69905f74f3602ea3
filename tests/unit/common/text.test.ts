import { describe, expect, it } from 'vitest'
import { findUnsafeJson, isSafeText, sanitizeText } from '../../../common/text'

/** Inputs from the fuzzing of issue 7, and their neighbours of the same kind. */
const LONE_HIGH = '\uD800'
const LONE_LOW = '\uDC00'

describe('safe text', () => {
  it('refuses C0 and C1 control characters, DEL and unpaired surrogates', () => {
    for (const bad of [
      'Budi\u0000Nul',
      'a\u0001b',
      'bell\u0007',
      'vt\u000B',
      'ff\u000C',
      'esc\u001B[31m',
      'del\u007F',
      'c1\u0085',
      'c1\u009F',
      `x${LONE_HIGH}`,
      `${LONE_LOW}x`,
      `${LONE_LOW}${LONE_HIGH}`,
    ]) {
      expect(isSafeText(bad), JSON.stringify(bad)).toBe(false)
    }
  })

  it('keeps what people type: tabs and line breaks, letters of any script, emoji as pairs', () => {
    for (const good of [
      'Budi Santoso',
      'Jl. Merdeka No. 1\nRT 02/RW 03\r\nKelurahan',
      'kolom\tdua',
      'Ngurah Rai — Déwi',
      'عبد الله',
      '😀 Terima kasih',
      '',
    ]) {
      expect(isSafeText(good), JSON.stringify(good)).toBe(true)
    }
  })

  it('finds the first unsafe string or key in nested JSON, and where it is', () => {
    expect(findUnsafeJson({ a: [1, { b: 'ok' }], c: null })).toBeNull()
    expect(findUnsafeJson({ changes: [{ data: { fullName: 'Budi\u0000Nul' } }] })).toEqual({
      path: 'changes.0.data.fullName',
      problem: 'unsafe_text',
    })
    expect(findUnsafeJson({ [`k${LONE_HIGH}`]: 1 })).toMatchObject({ problem: 'unsafe_text' })
    expect(findUnsafeJson('\u0000')).toEqual({ path: '', problem: 'unsafe_text' })
  })

  it('stops at the depth limit without recursing, even 100,000 levels down', () => {
    let deep: unknown = 'end'
    for (let i = 0; i < 100_000; i++) deep = { d: deep }
    expect(findUnsafeJson(deep)).toMatchObject({ problem: 'too_deep' })
    let arrays: unknown = []
    for (let i = 0; i < 5_000; i++) arrays = [arrays]
    expect(findUnsafeJson(arrays)).toMatchObject({ problem: 'too_deep' })
    expect(findUnsafeJson({ a: { b: { c: 1 } } }, 3)).toBeNull()
    expect(findUnsafeJson({ a: { b: { c: { d: 1 } } } }, 3)).toMatchObject({ problem: 'too_deep' })
  })

  it('sanitizes quoted input for messages without cutting a pair in two', () => {
    expect(sanitizeText('Bu\u0000di')).toBe('Bu\uFFFDdi')
    expect(sanitizeText(`a${LONE_HIGH}`)).toBe('a\uFFFD')
    expect(sanitizeText('😀😀😀', 2)).toBe('😀😀')
    expect(isSafeText(sanitizeText(`x${LONE_LOW}\u0000😀`, 3))).toBe(true)
  })
})
