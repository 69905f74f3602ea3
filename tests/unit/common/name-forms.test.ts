import { describe, expect, it } from 'vitest'
import {
  KEY_MARK,
  PAIR_MARK,
  indexedKeys,
  joinedKey,
  leadingSplit,
  pairKey,
  wordKey,
} from '../../../common/search/name-forms'
import { nameWords, phoneticKey } from '../../../common/search/name-keys'

const keysOf = (name: string) => indexedKeys(nameWords(name))

describe('leadingSplit', () => {
  it('splits the given names often joined to the next off the front, as often as they lead', () => {
    expect(leadingSplit(phoneticKey('Nurhayati'))).toEqual(['nur', 'hayati'])
    expect(leadingSplit(phoneticKey('Sitinurhayati'))).toEqual(['siti', 'nur', 'hayati'])
    expect(leadingSplit(phoneticKey('Abdurrahman'))).toEqual(['abdul', 'rahman'])
    expect(leadingSplit(phoneticKey('Mochammadali'))).toEqual(['muhamad', 'ali'])
    expect(leadingSplit(phoneticKey('Nurulhuda'))).toEqual(['nurul', 'huda'])
    expect(leadingSplit(phoneticKey('Sriwahyuni'))).toEqual(['sri', 'wahyuni'])
    expect(leadingSplit(phoneticKey('Abubakar'))).toEqual(['abu', 'bakar'])
  })

  it('leaves a name that is no leading name and more alone', () => {
    for (const name of ['Nurul', 'Nur', 'Siti', 'Abdullah', 'Muhammad', 'Budiman', 'Sri', 'Hayati']) {
      expect(leadingSplit(phoneticKey(name)), name).toEqual([])
    }
  })
})

describe('indexedKeys', () => {
  it('holds a split name joined, and a joined name split', () => {
    expect(keysOf('Nur Hayati')).toContain(pairKey(phoneticKey('Nurhayati')))
    expect(keysOf('Nurhayati')).toEqual(expect.arrayContaining(['1nur', '1hayati']))
    expect(keysOf('Abdul Rahman')).toContain(pairKey(phoneticKey('Abdurrahman')))
    expect(keysOf('Dewi Sartika')).toContain(joinedKey('dewi', 'sartika'))
  })

  it('keeps keys and pairs apart from the words as written, so no word begins one (issue 8, speed)', () => {
    const keys = keysOf('Lestari Abdul Faizal')
    const words = nameWords('Lestari Abdul Faizal')
    expect(keys.slice(0, 3)).toEqual(['1lestari', '1abdul', '1faisal'])
    expect(keys).toContain('0lestariabdul')
    for (const key of keys) {
      expect([KEY_MARK, PAIR_MARK]).toContain(key[0])
      expect(words.some((word) => key.startsWith(word))).toBe(false)
    }
    expect(joinedKey('lestari', 'abdul')).toBe(pairKey('lestariabdul'))
    expect(wordKey('faisal')).toBe('1faisal')
  })

  it('lists each key once, the words first', () => {
    expect(keysOf('Siti Siti')).toEqual(['1siti', '0sitisiti'])
    expect(keysOf('Budi Santoso').slice(0, 2)).toEqual(['1budi', '1santoso'])
  })
})
