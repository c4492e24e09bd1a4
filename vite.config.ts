/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, loadEnv } from 'vite'
import react from '@vitejs/plugin-react'
import { colorModeScript } from './scripts/vite/colorModeScript.ts'
import { earlySessionScript } from './scripts/vite/earlySessionScript.ts'
import { servingHeaders } from './scripts/vite/servingHeaders.ts'
import { moduleRuntimePacks } from './scripts/vite/moduleRuntimePacks.ts'
import { moduleUiBucket } from './scripts/vite/moduleUiBucket.ts'
import { realModeBuild } from './scripts/vite/realModeBuild.ts'
import { routeChunks } from './scripts/vite/routeChunks.ts'

/** Modules both entries load at once: the console's and the module frame page's. */
const FRAME_SHARED = /node_modules[\\/](react|react-dom|scheduler|zod)[\\/]|src[\\/]shared[\\/]contract[\\/]zod\.ts$/
/** The frame page's own files and the module host files it shares with the console's lazily loaded host. */
const FRAME_SIDE = /src[\\/](module-frame|shared[\\/]module-host)[\\/]/
/** Files of the app and its packages; virtual modules (the runtime packs' table, which the frame page reads too) are left to the default splitting. */
const CODE = /[\\/](src|node_modules)[\\/]/
/** The entry modules stay the entry chunks (the HTML pages and the manifest name them). */
const ENTRY_FILE = /\.html$|src[\\/]main\.tsx$/

// The dev server can proxy /api to a real platform API: set API_PROXY_TARGET (e.g. https://api.example.org).
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '')
  const proxyTarget = env.API_PROXY_TARGET
  // `npm run build` is the real-mode production build (dist/); the demo build (dist-demo/) is what e2e and bench serve.
  const demo = env.VITE_API_MOCKING !== 'off'
  // Fewer, larger route chunks: the layout's in one, what several route pages share in another (decision 014).
  const routeChunking = routeChunks({
    entry: 'src/main.tsx',
    routeTable: 'src/app/routes.tsx',
    layout: 'src/app/layout/AppLayoutRoute.tsx',
    minShare: 3,
  })
  return {
    plugins: [
      react(),
      routeChunking.plugin,
      // index.html's colour-mode script as a hashed, long-cached file: the parser no longer waits for its revalidation.
      colorModeScript(),
      ...(demo ? [] : [realModeBuild({ sourceMapsDir: 'dist-sourcemaps' })]),
      // A full load's session refresh and `me`, asked for by the HTML before the entry loads (decision 014).
      ...(demo ? [] : [earlySessionScript({ apiBase: env.VITE_API_BASE_URL || '/api' })]),
      // Headers production's nginx sets: the module frame's (docs/decisions/006) and hashed files' caching.
      servingHeaders(),
      // Module UI host: runtime packs, and the demo UI bucket in demo mode.
      moduleRuntimePacks(),
      moduleUiBucket({ enabled: demo }),
    ],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    server: {
      host: '127.0.0.1',
      port: 5173,
      proxy: proxyTarget
        ? { '/api': { target: proxyTarget, changeOrigin: true, rewrite: (path) => path.replace(/^\/api/, '') } }
        : undefined,
    },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    build: {
      outDir: demo ? 'dist-demo' : 'dist',
      // Real mode: maps without a sourceMappingURL comment, moved out of the served tree by realModeBuild.
      sourcemap: demo ? false : 'hidden',
      manifest: true,
      chunkSizeWarningLimit: 700,
      modulePreload: {
        // Every browser the console supports preloads modules itself.
        polyfill: false,
        // An artifact's preview or content diff opens on a click (issue 18; docs/decisions/018): its thirty-odd chunks
        // load then, not listed for preloading in the run detail and comparison chunks (half a kB of their first load).
        // So does a column menu's list (MUI's Menu and Modal), fetched when its button is pointed at (decision 020): its
        // list of chunks would otherwise ride in the first load of every table with a column menu.
        resolveDependencies: (file, deps) =>
          /\/(RunArtifactPreview|ComparisonArtifactDrawers|ColumnMenuList)-[\w-]+\.js$/.test(file) ? [] : deps,
      },
      // The module frame page is an entry of its own (module-ui-contract §3); it is no console route.
      rolldownOptions: {
        input: {
          main: fileURLToPath(new URL('./index.html', import.meta.url)),
          moduleFrame: fileURLToPath(new URL('./module-frame/v1.html', import.meta.url)),
        },
        output: {
          // What the console's entry loads at once goes in one chunk rather than dozens of small ones, which gzip
          // worse (issue 16, item 4; docs/decisions/013). The module frame page is an entry too: what it shares with
          // the console (React, zod) is a chunk of its own, and its own files stay out of the console's.
          codeSplitting: {
            groups: [
              { name: 'runtime', tags: ['$initial'], test: FRAME_SHARED, priority: 2 },
              {
                name: 'initial',
                tags: ['$initial'],
                test: (id) => CODE.test(id) && !FRAME_SIDE.test(id) && !ENTRY_FILE.test(id),
                priority: 1,
              },
              ...routeChunking.groups,
            ],
          },
        },
      },
    },
    test: {
      environment: 'jsdom',
      globals: true,
      css: false,
      setupFiles: ['./src/test/setup.ts'],
      // Route tests render the whole app; on a busy shared machine one can take many seconds (issue 12).
      testTimeout: 120_000,
      hookTimeout: 60_000,
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts', 'eslint-rules/**/*.test.ts'],
      reporters: ['default', 'json'],
      outputFile: { json: 'reports/vitest.json' },
    },
  }
})
