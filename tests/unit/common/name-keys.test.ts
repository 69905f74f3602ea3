import { describe, expect, it } from 'vitest'
import { growingKey, nameWords, phoneticKey, skeletonKey } from '../../../common/search/name-keys'

describe('nameWords', () => {
  it('lower-cases and strips diacritics and punctuation', () => {
    expect(nameWords('Siti Rahmawati')).toEqual(['siti', 'rahmawati'])
    expect(nameWords('José  Rizal')).toEqual(['jose', 'rizal'])
    expect(nameWords("Ma'ruf Amin")).toEqual(['maruf', 'amin'])
    expect(nameWords('Sri-Wahyuni')).toEqual(['sri', 'wahyuni'])
    expect(nameWords('JHON GINTING')).toEqual(['jhon', 'ginting'])
  })

  it('drops honorifics before the name and degrees after it', () => {
    expect(nameWords('Siti Rahmawati, S.H.')).toEqual(['siti', 'rahmawati'])
    expect(nameWords('Dr. H. Ahmad Fauzi, S.H., M.H.')).toEqual(['ahmad', 'fauzi'])
    expect(nameWords('Ir. H. Joko Widodo')).toEqual(['joko', 'widodo'])
    expect(nameWords('Hj. Fatimah S.Pd.')).toEqual(['fatimah'])
    expect(nameWords('Sri Wahyuni, A.Md.Keb.')).toEqual(['sri', 'wahyuni'])
    expect(nameWords('Siti Rahmawati SH')).toEqual(['siti', 'rahmawati'])
    // As the SOP (seeds/000) writes its signatory, degrees glued on with dots.
    expect(nameWords('Jajang Abdullah.SPd.Msi')).toEqual(['jajang', 'abdullah'])
  })

  it('keeps name words that only look like a degree or title', () => {
    expect(nameWords('M. Yusuf')).toEqual(['m', 'yusuf']) // M. is an initial, not surely Muhammad
    expect(nameWords('SITI MA')).toEqual(['siti', 'ma']) // all capitals, as on a KTP: cannot tell
    expect(nameWords('Rahmawati, Siti')).toEqual(['rahmawati', 'siti'])
    expect(nameWords('H.')).toEqual(['h'])
    expect(nameWords('')).toEqual([])
  })
})

/** Pairs of spellings of one name, as they appear on real cards and forms. */
const VARIANTS: Array<[string, string]> = [
  ['Soekarno', 'Sukarno'],
  ['Soeharto', 'Suharto'],
  ['Djoko', 'Joko'],
  ['Tjahjo', 'Cahyo'],
  ['Wahju', 'Wahyu'],
  ['Jusuf', 'Yusuf'],
  ['Moeljono', 'Mulyono'],
  ['Njoman', 'Nyoman'],
  ['Rahmawaty', 'Rahmawati'],
  ['Muhamad', 'Muhammad'],
  ['Mochammad', 'Muhammad'],
  ['Mohammad', 'Muhammad'],
  ['Mohamed', 'Muhammad'],
  ['Moch', 'Muhammad'],
  ['Moh', 'Muhammad'],
  ['Muh', 'Muhammad'],
  ['Mhd', 'Muhammad'],
  ['Syamsul', 'Samsul'],
  ['Sjamsul', 'Samsul'],
  ['Hasjim', 'Hasyim'],
  ['Fathimah', 'Fatimah'],
  ['Fatima', 'Fatimah'],
  ['Sitti', 'Siti'],
  ['Yusup', 'Yusuf'],
  ['Arip', 'Arif'],
  ['Pitri', 'Fitri'],
  ['Achmad', 'Ahmad'],
  ['Akhmad', 'Ahmad'],
  ['Chairul', 'Khairul'],
  ['Hairul', 'Khairul'],
  ['Ikhsan', 'Ihsan'],
  ['Taufiq', 'Taufik'],
  ['Qomariah', 'Komariah'],
  ['Ramadhan', 'Ramadan'],
  ['Dzulkifli', 'Zulkifli'],
  ['Abdurrahman', 'Abdurahman'],
  ['Abdullah', 'Abdulah'],
  ['Ferry', 'Feri'],
  ['Novi', 'Nofi'],
  ['Chandra', 'Candra'],
  ['Christina', 'Kristina'],
  ['Hendrick', 'Hendrik'],
  ['Jhon', 'John'],
  ['Djaja', 'Jaya'],
  // Issue 8, fault 4: z and s, Javanese ae, x, Abdul and Muhammad in every form, alone or joined.
  ['Syafrizal', 'syafrisal'],
  ['Faizal', 'Faisal'],
  ['Rizal', 'Risal'],
  ['Aziz', 'Azis'],
  ['Zaenal', 'Zainal'],
  ['Saefudin', 'Saifudin'],
  ['Alexander', 'Aleksander'],
  ['Abd', 'Abdul'],
  ['Abdur', 'Abdul'],
  ['Abdurrahman', 'Abdulrahman'],
  ['Abdrahman', 'Abdulrahman'],
  ['Abdussalam', 'Abdulsalam'],
  ['Abdunnasir', 'Abdulnasir'],
  ['Mochammadali', 'Muhammadali'],
  ['Mohamadrizki', 'Muhammadrizki'],
]

describe('phoneticKey', () => {
  it.each(VARIANTS)('%s meets %s', (a, b) => {
    expect(phoneticKey(a)).toBe(phoneticKey(b))
    expect(skeletonKey(a)).toBe(skeletonKey(b))
  })

  it('is the same for upper, lower and accented input', () => {
    expect(phoneticKey('RAHMAWATI')).toBe(phoneticKey('rahmawati'))
    expect(phoneticKey('Rahmawatí')).toBe(phoneticKey('rahmawati'))
  })

  it('keeps distinct common names apart', () => {
    const names = [
      ...['Budi', 'Budiman', 'Siti', 'Sari', 'Sri', 'Dewi', 'Dwi', 'Eko', 'Eka', 'Agus', 'Bagus', 'Putra'],
      ...[
        'Putri',
        'Rina',
        'Rini',
        'Ani',
        'Ana',
        'Andi',
        'Indah',
        'Wahyu',
        'Wahyuni',
        'Yanto',
        'Yanti',
        'Hadi',
      ],
      ...[
        'Adi',
        'Ahmad',
        'Hamid',
        'Rahmat',
        'Rahma',
        'Nur',
        'Nurul',
        'Iwan',
        'Irwan',
        'Joko',
        'Jaka',
        'Susanto',
      ],
      ...['Susanti', 'Hendra', 'Hendri', 'Fitri', 'Fitria', 'Lestari', 'Kurniawan', 'Kurniawati', 'Setiawan'],
    ]
    const keys = new Map<string, string>()
    for (const name of names) {
      const key = phoneticKey(name)
      expect(keys.get(key), `${name} and ${keys.get(key)} share '${key}'`).toBeUndefined()
      keys.set(key, name)
    }
  })

  it('lets a whole word differ from its prefix: Budi is not Budiman', () => {
    expect(phoneticKey('Budi')).toBe('budi')
    expect(phoneticKey('Budiman')).toBe('budiman')
    expect(skeletonKey('Budi')).not.toBe(skeletonKey('Budiman'))
  })

  it('keeps names that differ by a vowel apart, and lets them meet in the skeleton (Ani/Ana, Rina/Rini)', () => {
    expect(phoneticKey('Ani')).not.toBe(phoneticKey('Ana'))
    expect(skeletonKey('Ani')).toBe(skeletonKey('Ana'))
    expect(phoneticKey('Rina')).not.toBe(phoneticKey('Rini'))
    expect(skeletonKey('Rina')).toBe(skeletonKey('Rini'))
    // A wrong vowel typed in a hurry still finds the name: Rahmawati / Rahmawate.
    expect(skeletonKey('Rahmawate')).toBe(skeletonKey('Rahmawati'))
  })

  it('never returns an empty key', () => {
    for (const word of ['', 'h', 'hh', 'a', 'aia', '—', '2']) {
      expect(phoneticKey(word)).not.toBe('')
      expect(skeletonKey(word)).not.toBe('')
    }
  })
})

describe('phoneticKey of joined given names', () => {
  it('keys Abdul and Muhammad joined to the next name as the two written together', () => {
    expect(phoneticKey('Abdurrahman')).toBe(phoneticKey('abdul') + phoneticKey('rahman'))
    expect(phoneticKey('Mochammadali')).toBe(phoneticKey('Muhammad') + phoneticKey('Ali'))
  })

  it('keeps names that only begin like Abdul or Muhammad as they are', () => {
    expect(phoneticKey('Abdi')).toBe('abdi')
    expect(phoneticKey('Abdan')).toBe('abdan')
    expect(phoneticKey('Abdu')).toBe('abdu')
    expect(phoneticKey('Muhammadi')).toBe('muhamadi')
  })
})

describe('growingKey', () => {
  it('is the part of a partly typed word’s key that the next letters cannot change', () => {
    expect('nurhayati'.startsWith(growingKey('nurhay'))).toBe(true)
    expect('safrisal'.startsWith(growingKey('syafriz'))).toBe(true)
    expect(phoneticKey('Rahmawati').startsWith(growingKey('Rahmawaty'))).toBe(true)
    expect(phoneticKey('Soekarno').startsWith(growingKey('Soek'))).toBe(true)
    expect(growingKey('Syafrizal')).toBe(phoneticKey('Syafrizal'))
  })
})

describe('skeletonKey', () => {
  it('is the consonants of the phonetic key', () => {
    expect(skeletonKey('Rahmawati')).toBe('rhmwt')
    expect(skeletonKey('Muhammad')).toBe('mhmd')
    expect(skeletonKey('Ani')).toBe('n')
  })
})
