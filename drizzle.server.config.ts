import { defineConfig } from 'drizzle-kit'

/** The central server's PostgreSQL schema (PGlite by default); the desk's SQLite schema is drizzle.config.ts. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/schema.ts',
  out: './server/migrations',
})
