import { afterEach, describe, expect, it } from 'vitest'
import type { TempCore } from '../../helpers/temp-core'
import { SETUP, tempCore, visitorInput } from '../../helpers/temp-core'

/**
 * A word still being typed is looked up as the whole terms it can become (core/visitors/search.ts,
 * issue 8, speed): through the contract on a real SQLite file, the list is the one a prefix query
 * gave, however many names begin so, and it follows the visitors registered and edited since.
 */
let desk: TempCore
afterEach(() => desk?.dispose())

async function signedIn(): Promise<TempCore> {
  const d = tempCore()
  await d.call('setup.run', SETUP)
  await d.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
  return d
}

async function register(d: TempCore, fullName: string): Promise<string> {
  d.clock.now += 1000
  return (await d.call('visitors.register', visitorInput({ fullName }))).id
}

const names = async (query: string, limit = 20) =>
  (await desk.call('visitors.search', { query, limit })).map((hit) => hit.fullName)

/** Eighteen words that begin with 'Sant': more than a word being typed is looked up as one by one. */
const SANT = ['Santi', 'Santo', 'Santoso', 'Santosa', 'Santika', 'Santana', 'Santri', 'Santiaji']
  .concat(['Santinah', 'Santun', 'Santiko', 'Santoyo', 'Santia', 'Santira', 'Santuri', 'Santabi'])
  .concat(['Santelo', 'Santaria'])

describe('a word still being typed', () => {
  it('finds every name it can become, however many begin so, the newest first', async () => {
    desk = await signedIn()
    for (const word of SANT) await register(desk, `Dewi ${word}`)
    expect((await names('Dewi Sant')).sort()).toEqual(SANT.map((w) => `Dewi ${w}`).sort())
    // Santo itself, then the longer names that begin so, newest first; variants only after them.
    const santo = await desk.call('visitors.search', { query: 'Dewi Santo', limit: 20 })
    expect(santo.slice(0, 4).map((h) => [h.fullName, h.match])).toEqual([
      ['Dewi Santo', 'exact'],
      ['Dewi Santoyo', 'exact'],
      ['Dewi Santosa', 'exact'],
      ['Dewi Santoso', 'exact'],
    ])
    expect(santo.slice(4).every((h) => h.match !== 'exact')).toBe(true)
    expect((await names('Dewi Santos')).slice(0, 2)).toEqual(['Dewi Santosa', 'Dewi Santoso'])
  })

  it('lists the name typed in full first, then the longer names registered since that begin with it', async () => {
    desk = await signedIn()
    await register(desk, 'Hayati Lubis')
    expect(await names('Hayati')).toEqual(['Hayati Lubis'])
    await register(desk, 'Hayatina Putri')
    expect(await names('Hayati')).toEqual(['Hayati Lubis', 'Hayatina Putri'])
    expect(await names('Hayatin')).toEqual(['Hayatina Putri'])
  })

  it('follows an edit: the word a visitor no longer has finds nobody, the new one finds them', async () => {
    desk = await signedIn()
    const id = await register(desk, 'Budiman Saputra')
    await desk.call('visitors.update', { id, ...visitorInput({ fullName: 'Budi Saputra' }) })
    expect(await names('Budim')).toEqual([])
    expect(await names('Budi Sap')).toEqual(['Budi Saputra'])
  })

  it('finds a spelling variant while it is typed, when no name is written so', async () => {
    desk = await signedIn()
    await register(desk, 'Syafrizal Harahap')
    await register(desk, 'Djoko Santoso')
    expect(await names('Syafris')).toEqual(['Syafrizal Harahap'])
    expect(await names('Joko Santo')).toEqual(['Djoko Santoso'])
  })
})
