import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import { reactRefresh } from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'
import zones from './eslint-rules/importZones.js'

// Import direction shared → features → app (style guide §2), held on resolved paths (eslint-rules/importZones.js).
// The first zone holding a file applies; a folder ends in `/`, `:feature` binds one segment.

/** The module host's frame side: what the sandboxed frame page may import, and all that those files import. */
const FRAME_SIDE = [
  'protocol',
  'limits',
  'moduleError',
  'bundleProbe',
  'loadHints',
  'loadObserver',
  'resolveComponent',
  'runBundle',
  'runtimePacks',
  'sri',
  'hostFetchResponse',
  'themeVars',
  'types',
].map((name) => `src/shared/module-host/${name}`)

const ZONES = [
  {
    target: 'src/module-frame/',
    allow: ['src/module-frame/', 'src/shared/contract/', ...FRAME_SIDE],
    message:
      'the sandboxed frame page imports only the module host frame side (FRAME_SIDE in eslint.config.js) and the contract, never the session, stores or http.',
  },
  {
    target: FRAME_SIDE,
    allow: [...FRAME_SIDE, 'src/shared/contract/'],
    message: 'the frame page imports this file, so it imports only other FRAME_SIDE files and the contract.',
  },
  { target: 'src/shared/', allow: ['src/shared/'], message: 'shared/ imports nothing above it.' },
  {
    target: 'src/features/:feature/',
    allow: ['src/features/:feature/', 'src/shared/'],
    message: 'a feature imports only itself and shared/; link to another feature through shared/lib/paths.',
  },
  {
    target: 'src/app/',
    allow: ['src/app/', 'src/features/', 'src/shared/'],
    message: 'app/ composes features and shared/; nothing else.',
  },
  {
    target: 'src/main.tsx',
    allow: ['src/app/', 'src/shared/', 'mocks/browser'],
    message: 'the entry starts the demo worker and renders the app.',
  },
  { target: 'src/test/', allow: ['src/', 'mocks/'], message: 'test helpers reach the app and the demo backend only.' },
  {
    target: 'mocks/',
    allow: ['mocks/', 'src/shared/contract/'],
    message: 'the demo backend imports only its own files and src/shared/contract.',
  },
  {
    target: 'e2e/',
    allow: ['e2e/', 'mocks/', 'src/shared/contract/', 'scripts/serve/'],
    message: 'e2e imports only the contract, the demo seed and the serving harness; it drives the app through the browser.',
  },
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-demo',
      'dist-sourcemaps',
      '.bundle-analysis',
      '.prof-dist',
      'reports',
      'test-results',
      'public/mockServiceWorker.js',
      'public/module-bundles',
      'node_modules',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/test/**'],
    extends: [reactRefresh.configs.vite()],
    rules: {
      'react-refresh/only-export-components': [
        'warn',
        { allowExportNames: ['loader', 'ErrorBoundary', 'handle', 'shouldRevalidate'] },
      ],
      // MUI 9's Typography has no system props: a palette path such as "text.secondary" type-checks (its `color` takes
      // any string) but is silently ignored, and the text renders in the primary colour. Its own names apply.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXOpeningElement[name.name='Typography'] > JSXAttribute[name.name='color'][value.value=/\\./]",
          message: 'Typography ignores palette paths: use color="textSecondary" (or "primary", "error"…), or sx={{ color }}.',
        },
      ],
    },
  },
  {
    // module-ui-contract §6: a verification that is not awaited is a Promise, and a Promise is truthy (Grafana's
    // plugin-sandbox loader shipped exactly that bug). Type-aware, so only where bundles are fetched, checked and run.
    files: ['src/shared/module-host/**/*.{ts,tsx}', 'src/module-frame/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  // Playwright fixtures call their `use` callback, which is no React hook.
  { files: ['e2e/**/*.ts'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  {
    // Tests follow the zone of the code they sit next to, plus the test helpers and the demo backend.
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { zones },
    rules: {
      'zones/import-zones': [
        'error',
        { root: import.meta.dirname, alias: { '@/': 'src/' }, zones: ZONES, testAllow: ['src/test/', 'mocks/'] },
      ],
    },
  },
)
