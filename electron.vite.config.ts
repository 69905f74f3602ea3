import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

const root = import.meta.dirname

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // better-sqlite3 and drizzle stay in node_modules (the native addon cannot be bundled); uuid is
      // ESM-only, so it is bundled into the CommonJS main rather than left to require(esm).
      externalizeDeps: { exclude: ['uuid'] },
      rolldownOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only `electron`: bundle everything else into it.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      // One bundle, read from the local disk at start (never over a network), so its size matters little.
      chunkSizeWarningLimit: 1024,
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
})
