import { describe, expect, it } from 'vitest'
import { indexedKeys, joinedKey, leadingSplit } from '../../../common/search/name-forms'
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
    expect(keysOf('Nur Hayati')).toContain(phoneticKey('Nurhayati'))
    expect(keysOf('Nurhayati')).toEqual(expect.arrayContaining(['nur', 'hayati']))
    expect(keysOf('Abdul Rahman')).toContain(phoneticKey('Abdurrahman'))
    expect(keysOf('Dewi Sartika')).toContain(joinedKey('dewi', 'sartika'))
  })

  it('lists each key once, the words first', () => {
    expect(keysOf('Siti Siti')).toEqual(['siti', 'sitisiti'])
    expect(keysOf('Budi Santoso').slice(0, 2)).toEqual(['budi', 'santoso'])
  })
})
