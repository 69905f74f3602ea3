import type Database from 'better-sqlite3'

/** Distinct statements kept compiled; a desk's whole application uses a few hundred. */
const CACHED_STATEMENTS = 1000

/**
 * The same connection, with its statements compiled once: drizzle calls prepare() for every query
 * it runs, and better-sqlite3 compiles the SQL anew each time, so a command's thirty-odd
 * statements were parsed and planned on every call (issue 8, speed). Keeps the compiled statements
 * by their SQL text, least recently used dropped beyond CACHED_STATEMENTS, and hands each back in
 * its default mode (objects, not raw rows or plucked values), as a fresh one would be. Safe because
 * nothing iterates a statement while running another query with it (drizzle reads all rows at
 * once), and SQLite recompiles a cached statement by itself when the schema changes.
 */
export function withStatementCache(sqlite: Database.Database): Database.Database {
  const compiled = new Map<string, Database.Statement>()
  const prepare = (source: string): Database.Statement => {
    let statement = compiled.get(source)
    if (statement) {
      compiled.delete(source)
    } else {
      statement = sqlite.prepare(source)
      const oldest = compiled.size >= CACHED_STATEMENTS ? compiled.keys().next().value : undefined
      if (oldest !== undefined) compiled.delete(oldest)
    }
    compiled.set(source, statement)
    if (statement.reader) statement.raw(false).pluck(false).expand(false)
    return statement
  }
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === 'prepare') return prepare
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}
