import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import { reactRefresh } from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'
import { existsSync, readdirSync } from 'node:fs'

// Import direction shared → features → app (style guide §2): each zone may not import from the zones listed.
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })
const appImports = { group: ['@/app/*', '**/app/*', '../app/*'], message: 'Nothing imports app/: app composes features.' }
const featureImports = { group: ['@/features/*', '**/features/*'], message: 'shared/ imports nothing above it.' }
const mocksImports = { group: ['**/mocks/*', '../../mocks/*'], message: 'Only tests and main.tsx reach the demo backend.' }

const features = existsSync('src/features') ? readdirSync('src/features') : []

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
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: restrict([appImports, featureImports, mocksImports]),
  },
  // One block per feature: it may import itself and shared/, never another feature.
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: restrict([
      appImports,
      mocksImports,
      {
        group: ['@/features/*', `!@/features/${feature}`, '**/features/*', `!**/features/${feature}`],
        message: 'A feature never imports another feature: link through shared/lib/paths.',
      },
    ]),
  })),
  // Playwright fixtures call their `use` callback, which is no React hook.
  { files: ['e2e/**/*.ts'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  {
    files: ['mocks/**/*.ts', 'e2e/**/*.ts'],
    rules: restrict([
      {
        group: [
          '**/src/app/*',
          '**/src/features/*',
          '**/src/shared/api/*',
          '**/src/shared/ui/*',
          '**/src/shared/stores/*',
          '@/*',
        ],
        message: 'mocks/ and e2e/ import only src/shared/contract.',
      },
    ]),
  },
)
