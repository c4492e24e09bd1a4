import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import type { Plugin } from 'vite'

/**
 * A real-mode build (product.md "Real mode") ships no demo code. These are the marks of demo code: a module of the demo
 * backend (mocks/) or of MSW, or the registration of its service worker.
 */
const DEMO_MODULE = /(^|[\\/])(mocks|node_modules[\\/]msw)[\\/]/
const DEMO_TEXT = [/mockServiceWorker/, /serviceWorker\s*\.\s*register/, /\bsetupWorker\b/]

/** Why `moduleIds` (one output chunk's modules) or `code` (an output file) holds demo code; null when it holds none. */
export function demoCodeIn(fileName: string, moduleIds: readonly string[], code: string): string | null {
  const demoModule = moduleIds.find((id) => DEMO_MODULE.test(id.replace(/^\0/, '')))
  if (demoModule) return `${fileName} bundles the demo module ${demoModule}`
  const mark = DEMO_TEXT.find((pattern) => pattern.test(code))
  return mark ? `${fileName} contains demo code (${mark.source})` : null
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

/**
 * The real-mode build's rules:
 * - the build fails when any output chunk or served file holds demo code (`demoCodeIn`);
 * - the service workers that `public/` keeps for demo mode (MSW's and the demo's wrapper of it) are not shipped;
 * - source maps (built 'hidden': no `sourceMappingURL` in the served code) are moved out of the served tree into
 *   `sourceMapsDir`, for an error tracker to read; a browser never fetches them.
 */
export function realModeBuild({ sourceMapsDir }: { sourceMapsDir: string }): Plugin {
  let outDir = 'dist'
  let root = process.cwd()
  return {
    name: 'real-mode-build',
    apply: 'build',
    configResolved(config) {
      root = config.root
      outDir = join(root, config.build.outDir)
    },
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        // A map quotes the sources, dead branches included; it is never served (closeBundle moves it away).
        if (output.fileName.endsWith('.map')) continue
        const problem =
          output.type === 'chunk'
            ? demoCodeIn(output.fileName, output.moduleIds, output.code)
            : demoCodeIn(output.fileName, [], typeof output.source === 'string' ? output.source : '')
        if (problem) this.error(`Real-mode build: ${problem}. Demo code must stay behind VITE_API_MOCKING.`)
      }
    },
    closeBundle() {
      if (!existsSync(outDir)) return // the build failed before writing
      for (const worker of ['mockServiceWorker.js', 'demoServiceWorker.js']) rmSync(join(outDir, worker), { force: true })
      const mapsDir = join(root, sourceMapsDir)
      rmSync(mapsDir, { recursive: true, force: true })
      for (const file of filesUnder(outDir)) {
        const name = relative(outDir, file)
        if (file.endsWith('.map')) {
          mkdirSync(dirname(join(mapsDir, name)), { recursive: true })
          renameSync(file, join(mapsDir, name))
          continue
        }
        if (!/\.(html|js|mjs|json)$/.test(file)) continue
        const problem = demoCodeIn(name.split(sep).join('/'), [], readFileSync(file, 'utf8'))
        if (problem) throw new Error(`Real-mode build: ${problem}.`)
      }
    },
  }
}
