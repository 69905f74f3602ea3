import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Procedure } from '../../common/procedures'
import { Procedure as ProcedureSchema } from '../../common/procedures'

/**
 * The built-in procedures (resources/procedures/*.json, taken from the SOPs in the seeds), every
 * version kept: a case keeps running on the version it started with after a newer one ships.
 */
export class ProcedureCatalog {
  private readonly versions = new Map<string, Map<number, Procedure>>()

  constructor(procedures: readonly Procedure[]) {
    for (const procedure of procedures) {
      const byVersion = this.versions.get(procedure.id) ?? new Map<number, Procedure>()
      if (byVersion.has(procedure.version)) {
        throw new Error(`procedure ${procedure.id} v${procedure.version} is defined twice`)
      }
      byVersion.set(procedure.version, procedure)
      this.versions.set(procedure.id, byVersion)
    }
  }

  /** Reads and validates every file; shipped data that does not validate stops the start. */
  static load(folder: string): ProcedureCatalog {
    const files = readdirSync(folder).filter((name) => name.endsWith('.json'))
    return new ProcedureCatalog(
      files.map((name) => {
        const parsed = ProcedureSchema.safeParse(JSON.parse(readFileSync(join(folder, name), 'utf8')))
        if (!parsed.success) throw new Error(`resources/procedures/${name}: ${parsed.error.message}`)
        return parsed.data
      }),
    )
  }

  /** The newest version of each procedure, in seed order. */
  current(): Procedure[] {
    return [...this.versions.values()]
      .map((byVersion) => [...byVersion.values()].reduce((a, b) => (b.version > a.version ? b : a)))
      .sort((a, b) => a.code.localeCompare(b.code))
  }

  latest(id: string): Procedure | null {
    return this.current().find((p) => p.id === id) ?? null
  }

  get(id: string, version: number): Procedure | null {
    return this.versions.get(id)?.get(version) ?? null
  }
}
