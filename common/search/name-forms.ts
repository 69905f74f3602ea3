/**
 * Given names written joined or split. Indonesian given names are written both ways on cards and
 * forms: Nur Hayati and Nurhayati, Abdul Rahman and Abdulrahman (or Abdurrahman), Muhammad Ali and
 * Muhammadali, Siti Nur Hayati and Sitinurhayati, Ma'ruf and Ma ruf. The index and the query meet
 * in the middle: the index holds, besides each word's phonetic key, the key of every two adjacent
 * words written together and the parts of a word that begins with a given name often joined to the
 * next; the query tries its words one by one, and each two adjacent words written together
 * (core/visitors/search.ts).
 */
import { phoneticKey } from './name-keys'

/**
 * Phonetic keys of the given names most often written joined to the name after them, longest
 * first: Muhammad (every spelling), Abdul (and Abdur-, Abdus-, Abd.), Ahmad, Nurul, Nur/Noer,
 * Siti/Sitti, Sri, Abu.
 */
const LEADING_KEYS = ['muhamad', 'abdul', 'ahmad', 'nurul', 'nur', 'siti', 'sri', 'abu']
/** Letters the rest of a word needs to count as a name of its own (Nurul is not Nur + ul). */
const MIN_REST = 3

/**
 * Marks that keep the index's kinds of term apart in its one sorted list of terms, which FTS5
 * shares between columns. No word of a name begins with a digit, so a marked key never equals a
 * word as written, and no word is the prefix of a marked key (issue 8, speed, measured at
 * 1,000,000 visitors):
 * - a word's phonetic key is KEY_MARK + key ('1faisal'): a name column lookup of a word that is
 *   only a key ('faisal', typed for Faizal) finds nothing at once, where it read every doclist
 *   entry of the key looking for the name column (2.3 ms for no row);
 * - two adjacent words written together are PAIR_MARK + key ('0nurhayati'): a lookup of a word
 *   being typed ('lestari'…) reads the words that begin with it, not also every pair that does
 *   ('lestariabdul', 'lestariagus', … one doclist each), which made it several times slower.
 */
export const KEY_MARK = '1'
export const PAIR_MARK = '0'

/** A phonetic key as the index holds it ('nurhayati' → '1nurhayati'). */
export function wordKey(key: string): string {
  return KEY_MARK + key
}

/** A phonetic key as the key of two words written together ('nurhayati' → '0nurhayati'). */
export function pairKey(key: string): string {
  return PAIR_MARK + key
}

/** The marked key of two adjacent words written as one ('Nur', 'Hayati' → '0nurhayati'). */
export function joinedKey(first: string, second: string): string {
  return pairKey(phoneticKey(first + second))
}

/**
 * Splits the given names of LEADING_KEYS off the front of a phonetic key, as often as they lead:
 * 'sitinurhayati' → ['siti', 'nur', 'hayati'], 'abdulrahman' → ['abdul', 'rahman']. Gives [] when
 * the key does not begin with one, or when what would be left is shorter than MIN_REST letters.
 */
export function leadingSplit(key: string): string[] {
  const parts: string[] = []
  let rest = key
  for (;;) {
    const lead = LEADING_KEYS.find((name) => rest.startsWith(name) && rest.length - name.length >= MIN_REST)
    if (lead === undefined) break
    parts.push(lead)
    rest = rest.slice(lead.length)
  }
  return parts.length === 0 ? [] : [...parts, rest]
}

/**
 * The marked phonetic keys a name (its nameWords) is indexed under, without repeats: each word's
 * key, the key of each two adjacent words written together, and the leading given names split off
 * each word. So 'Nur Hayati' is also indexed as '0nurhayati' (found by a query word 'Nurhayati'),
 * and 'Nurhayati' also as '1nur' and '1hayati'.
 */
export function indexedKeys(words: readonly string[]): string[] {
  const keys = words.map(phoneticKey)
  const joined = words.slice(1).map((word, i) => joinedKey(words[i] ?? '', word))
  const split = keys.flatMap(leadingSplit)
  return [...new Set([...keys.map(wordKey), ...joined, ...split.map(wordKey)])]
}
