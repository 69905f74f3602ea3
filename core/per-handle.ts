import type { Db } from './db'

/**
 * `build` run once per database handle and kept with it: for statements prepared once and reused
 * on every call (drizzle builds a query's SQL anew each time it is asked; issue 8, speed). A
 * transaction is a handle of its own, so it builds them once for its command. Gives the getter.
 */
export function perHandle<T>(build: (db: Db) => T): (db: Db) => T {
  const built = new WeakMap<Db, T>()
  return (db) => {
    let value = built.get(db)
    if (value === undefined) {
      value = build(db)
      built.set(db, value)
    }
    return value
  }
}
