import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { build } from 'vite'
import { demoCodeIn, realModeBuild } from './realModeBuild'

/** A tiny app whose entry imports `entryImport`, built in real mode by the plugin under test. */
async function buildApp(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'real-mode-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true })
    writeFileSync(join(root, name), text)
  }
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="/main.js"></script>')
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [realModeBuild({ sourceMapsDir: 'maps' })],
    build: { outDir: 'out', sourcemap: 'hidden' },
  })
  return root
}

describe('real-mode build', () => {
  it('fails when the entry reaches a module of the demo backend', async () => {
    await expect(
      buildApp({
        'main.js': "import { start } from './mocks/browser.js'\nstart()",
        'mocks/browser.js': "export const start = () => document.title = 'demo'",
      }),
    ).rejects.toThrow(/bundles the demo module .*mocks\/browser\.js/)
  })

  it('fails when the output registers a service worker', async () => {
    await expect(buildApp({ 'main.js': "navigator.serviceWorker.register('/worker.js')" })).rejects.toThrow(/contains demo code/)
  })

  it('passes demo code in an unreachable branch, ships no map and no demo service worker, and keeps the maps aside', async () => {
    const root = await buildApp({
      'main.js': "if ('off' === 'off') document.title = 'real'\nelse import('./mocks/browser.js')",
      'mocks/browser.js': "navigator.serviceWorker.register('/mockServiceWorker.js')",
      'public/mockServiceWorker.js': '/* Mock Service Worker */',
      'public/demoServiceWorker.js': "importScripts('./mockServiceWorker.js')",
    })
    const served = readdirSync(join(root, 'out'), { recursive: true }).map(String)
    expect(served.filter((name) => name.endsWith('.map') || /ServiceWorker/.test(name))).toEqual([])
    expect(readdirSync(join(root, 'maps/assets')).some((name) => name.endsWith('.js.map'))).toBe(true)
    expect(existsSync(join(root, 'out/index.html'))).toBe(true)
  })
})

describe('demoCodeIn', () => {
  it('names the demo module or the mark it found, and passes clean code', () => {
    expect(demoCodeIn('a.js', ['/app/node_modules/msw/lib/core/index.mjs'], '')).toMatch(/msw/)
    expect(demoCodeIn('a.js', [], "fetch('/mockServiceWorker.js')")).toMatch(/mockServiceWorker/)
    expect(demoCodeIn('a.js', ['/app/src/main.tsx'], 'console.log(1)')).toBeNull()
  })
})
