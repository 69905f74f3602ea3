import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { withStatementCache } from '../../../db/statement-cache'

describe('withStatementCache', () => {
  it('compiles a statement once and hands it back in its default mode, whatever the last user set', () => {
    const sqlite = withStatementCache(new Database(':memory:'))
    sqlite.exec(`create table t (a integer, b text); insert into t values (1, 'x')`)
    const first = sqlite.prepare('select a, b from t')
    expect(first.raw().get()).toEqual([1, 'x'])
    const again = sqlite.prepare('select a, b from t')
    expect(again).toBe(first)
    expect(again.get()).toEqual({ a: 1, b: 'x' })
    expect(sqlite.prepare('select a, b from t').pluck().get()).toBe(1)
    expect(sqlite.prepare('select a, b from t').get()).toEqual({ a: 1, b: 'x' })
    // Writing statements have no mode; transactions still work through the wrapper.
    sqlite.transaction(() => sqlite.prepare('insert into t values (?, ?)').run(2, 'y'))()
    expect(sqlite.prepare('select count(*) as n from t').get()).toEqual({ n: 2 })
    sqlite.close()
  })
})
