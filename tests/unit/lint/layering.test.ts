import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** The import-layering table of ARCHITECTURE.md, checked by feeding the lint rule real import lines. */
const root = resolve(import.meta.dirname, '../../..')
const eslint = new ESLint({ cwd: root })

async function restrictedImports(file: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(`${code}\nexport {}\n`, { filePath: resolve(root, file) })
  return result?.messages.filter((m) => m.ruleId === 'no-restricted-imports').length ?? -1
}

describe('import layering (ARCHITECTURE.md)', () => {
  it.each([
    ['common/x.ts', "import { readFileSync } from 'node:fs'"],
    ['common/x.ts', "import path from 'path'"],
    ['common/x.ts', "import { openDatabase } from '../db/open'"],
    ['common/x.ts', "import React from 'react'"],
    ['db/x.ts', "import { createCore } from '../core/app'"],
    ['db/x.ts', "import { app } from 'electron'"],
    ['core/auth/x.ts', "import { app } from 'electron'"],
    ['core/auth/x.ts', "import { useState } from 'react'"],
    ['core/auth/x.ts', "import { App } from '../../renderer/src/App'"],
    ['electron/main/x.ts', "import { App } from '../../renderer/src/App'"],
    ['electron/preload/x.ts', "import { contract } from '../../common/contract'"],
    ['electron/preload/x.ts', "import { createCore } from '../../core/app'"],
    ['electron/preload/x.ts', "import { z } from 'zod'"],
    ['renderer/src/x.ts', "import { createCore } from '../../core/app'"],
    ['renderer/src/x.ts', "import { users } from '../../db/schema'"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron'"],
    ['renderer/src/x.ts', "import { readFile } from 'node:fs/promises'"],
    ['server/x.ts', "import { createCore } from '../core/app'"],
    ['server/x.ts', "import { users } from '../db/schema'"],
  ])('%s may not: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(1)
  })

  it.each([
    ['common/x.ts', "import { z } from 'zod'"],
    ['db/x.ts', "import { Role } from '../common/roles'"],
    ['core/auth/x.ts', "import { openDatabase } from '../../db/open'"],
    ['core/auth/x.ts', "import { scrypt } from 'node:crypto'"],
    ['electron/main/x.ts', "import { createCore } from '../../core/app'"],
    ['electron/main/x.ts', "import { app } from 'electron'"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron'"],
    ['electron/preload/x.ts', "import { CHANNELS } from '../../common/channels'"],
    ['renderer/src/x.ts', "import { contract } from '../../common/contract'"],
    ['renderer/src/x.ts', "import { create } from 'zustand'"],
    ['server/x.ts', "import { parseHlc } from '../common/hlc'"],
  ])('%s may: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(0)
  })
})
