// @ts-check
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/**
 * The layering table of ARCHITECTURE.md, as lint: each top-level folder is one runtime and may
 * import only what the table allows. Our folders sit at the repository's top level, so a relative
 * import that climbs into another of them reads `../../<folder>/…`.
 */
const ourFolder = (name) => ({
  regex: `^(\\.\\./)+${name}(/|$)`,
  message: `ARCHITECTURE.md: this folder may not import ${name}/.`,
})
const nodeBuiltins = {
  regex: `^(node:.*|${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/.*)?$`,
  message: 'ARCHITECTURE.md: this folder runs without Node built-ins.',
}
const pkg = (name, why) => ({ regex: `^${name}(/.*)?$`, message: `ARCHITECTURE.md: ${why}` })
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

const electronPkg = pkg('electron', 'only electron/ may import electron.')
const reactPkg = pkg('react(-dom)?', 'only renderer/ may import React.')

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'db/migrations/',
      'test-results/',
      'playwright-report/',
      '.electron-native/',
      'server-data/',
      '.tmp/',
      '.loket-web-data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
    },
  },
  {
    files: ['common/**/*.ts'],
    rules: restrict(
      nodeBuiltins,
      electronPkg,
      reactPkg,
      ...['core', 'db', 'electron', 'renderer', 'server', 'tests'].map(ourFolder),
    ),
  },
  {
    files: ['db/**/*.ts'],
    rules: restrict(electronPkg, reactPkg, ...['core', 'electron', 'renderer', 'server'].map(ourFolder)),
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      ...restrict(electronPkg, reactPkg, ...['electron', 'renderer', 'server'].map(ourFolder)),
      // A command's writes and its audit entry commit together (core/handler.ts, CallInfo.write).
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='transaction'][callee.object.property.name='db'][callee.object.object.name='ctx']",
          message:
            'A handler writes through call.write(...), which commits its audit entry in the same transaction.',
        },
      ],
    },
  },
  {
    // The dispatcher is where call.write is made. The automatic ticket follows a committed visit
    // in transactions of its own (its record is the print log, not the command's audit entry).
    files: ['core/dispatcher.ts', 'core/printing/auto.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: restrict(reactPkg, ...['renderer', 'server'].map(ourFolder)),
  },
  {
    // The preload is sandboxed and bundled: electron, plus the channel-name list from common/.
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            reactPkg,
            ...['core', 'db', 'renderer', 'server', 'main'].map(ourFolder),
            {
              regex: '^(\\.\\./)+common/(?!channels$|bridge$|errors$)',
              message: 'ARCHITECTURE.md: the preload imports only the channel-name list from common/.',
            },
            { regex: '^(?!electron$|\\.)', message: 'ARCHITECTURE.md: the preload imports only electron.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [nodeBuiltins, electronPkg, ...['core', 'db', 'electron', 'server'].map(ourFolder)],
          // Issue 8, fault 7: no global shortcut fires while a text field has focus.
          paths: [
            {
              name: '@mantine/hooks',
              importNames: ['useHotkeys'],
              message:
                "Use useGlobalHotkeys (renderer/src/shell/hotkeys.ts), which never fires in a text field; bind a form's own keys with getHotkeyHandler on the form.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: restrict(electronPkg, reactPkg, ...['core', 'db', 'electron', 'renderer'].map(ourFolder)),
  },
)
