/// <reference types="vitest/config" />
import { rmSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, loadEnv, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { moduleFrameHeaders } from './scripts/vite/moduleFrameHeaders.ts'
import { moduleRuntimePacks } from './scripts/vite/moduleRuntimePacks.ts'
import { moduleUiBucket } from './scripts/vite/moduleUiBucket.ts'

/** A real-mode build ships no demo code: the MSW worker that public/ holds for demo mode is removed from the output. */
function dropDemoWorker(): Plugin {
  let outDir = 'dist'
  return {
    name: 'drop-demo-worker',
    apply: 'build',
    configResolved: (config) => void (outDir = config.build.outDir),
    closeBundle: () => rmSync(`${outDir}/mockServiceWorker.js`, { force: true }),
  }
}

// The dev server can proxy /api to a real platform API: set API_PROXY_TARGET (e.g. https://api.example.org).
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '')
  const proxyTarget = env.API_PROXY_TARGET
  return {
    plugins: [
      react(),
      ...(env.VITE_API_MOCKING === 'off' ? [dropDemoWorker()] : []),
      // Module UI host (docs/decisions/006): frame headers, runtime packs, and the demo UI bucket in demo mode.
      moduleFrameHeaders(),
      moduleRuntimePacks(),
      moduleUiBucket({ enabled: env.VITE_API_MOCKING !== 'off' }),
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
      sourcemap: false,
      manifest: true,
      chunkSizeWarningLimit: 700,
      // The module frame page is an entry of its own (module-ui-contract §3); it is no console route.
      rolldownOptions: {
        input: {
          main: fileURLToPath(new URL('./index.html', import.meta.url)),
          moduleFrame: fileURLToPath(new URL('./module-frame/v1.html', import.meta.url)),
        },
      },
    },
    test: {
      environment: 'jsdom',
      globals: true,
      css: false,
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
      reporters: ['default', 'json'],
      outputFile: { json: 'reports/vitest.json' },
    },
  }
})
