import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

/**
 * The demo UI bucket (module-ui-contract §1, §6): module UI bundles built from mocks/module-bundles/ and served under
 * /module-bundles/ by the dev server and in the build output (demo mode only), immutable and with
 * `Access-Control-Allow-Origin: *`. Their sha384 is computed here, at build time, and handed to the demo catalog
 * through `virtual:demo-module-bundles`; the host never derives a hash from the file it serves.
 *
 * - `/module-bundles/<moduleId>/<version>/…`: the catalog's with-ui versions (mocks/module-bundles/catalog.json).
 * - `/module-bundles/demo/<source>/…`: every source, for the developer harness's picker (`/module-bundles/index.json`).
 */
const SOURCES_DIR = 'mocks/module-bundles'
const VIRTUAL = 'virtual:demo-module-bundles'

type SourceMeta = {
  label: string
  description: string
  /** What mounting it shows: `mounted`, or the error code of its card. */
  expect: string
  tier?: string
  globals?: string[]
  /** Sibling chunks listed in `ui.assets` (with their sha384). Other files are served but not listed. */
  assets?: string[]
  /** `wrong` records a hash of other bytes (a tampered file); `missing` records none. */
  integrity?: 'wrong' | 'missing'
}
type Source = SourceMeta & { id: string; files: Map<string, Buffer> }
type Catalog = Record<string, { source: string; versions: string[] }>

const sri = (bytes: Buffer | string) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`

function readSources(root: string): Source[] {
  const dir = join(root, SOURCES_DIR)
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'bundle.json')))
    .map((entry) => {
      const meta = JSON.parse(readFileSync(join(dir, entry.name, 'bundle.json'), 'utf8')) as SourceMeta
      const files = new Map(
        readdirSync(join(dir, entry.name))
          .filter((file) => file.endsWith('.js'))
          .map((file) => [file, readFileSync(join(dir, entry.name, file))] as const),
      )
      return { ...meta, id: entry.name, files }
    })
    .sort((a, b) => a.id.localeCompare(b.id))
}

function uiRecord(source: Source, base: string) {
  const bundle = source.files.get('bundle.js')
  if (!bundle) throw new Error(`${SOURCES_DIR}/${source.id} has no bundle.js`)
  const integrity =
    source.integrity === 'missing'
      ? null
      : source.integrity === 'wrong'
        ? sri(Buffer.concat([bundle, Buffer.from('\n// tampered')]))
        : sri(bundle)
  return {
    bundleUrl: `${base}bundle.js`,
    integrity,
    runtime: 'react@19',
    globals: source.globals ?? [],
    assets: (source.assets ?? []).map((path) => ({ path, integrity: sri(source.files.get(path)!) })),
  }
}

export function moduleUiBucket(options: { enabled: boolean }): Plugin {
  let root = process.cwd()
  let base = '/'
  const load = () => {
    const sources = readSources(root)
    const catalog = JSON.parse(readFileSync(join(root, SOURCES_DIR, 'catalog.json'), 'utf8')) as Catalog
    const files = new Map<string, Buffer>()
    const records: Record<string, ReturnType<typeof uiRecord>> = {}
    for (const [moduleId, { source: id, versions }] of Object.entries(catalog)) {
      const source = sources.find((s) => s.id === id)
      if (!source) throw new Error(`catalog.json: no source ${id}`)
      for (const version of versions) {
        const dir = `module-bundles/${moduleId}/${version}/`
        for (const [file, bytes] of source.files) files.set(`${dir}${file}`, bytes)
        records[`${moduleId}@${version}`] = uiRecord(source, `${base}${dir}`)
      }
    }
    const index = sources.map((source) => {
      const dir = `module-bundles/demo/${source.id}/`
      for (const [file, bytes] of source.files) files.set(`${dir}${file}`, bytes)
      const { files: _files, ...meta } = source
      return { ...meta, ui: uiRecord(source, `${base}${dir}`) }
    })
    files.set('module-bundles/index.json', Buffer.from(JSON.stringify({ bundles: index }, null, 2)))
    return { files, records }
  }
  const serve = (url: string | undefined) => {
    const path = (url ?? '').split('?')[0]!
    if (!path.startsWith(`${base}module-bundles/`)) return null
    return load().files.get(path.slice(base.length)) ?? null
  }
  return {
    name: 'module-ui-bucket',
    configResolved(config) {
      root = config.root
      base = config.base
    },
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
    load(id) {
      if (id !== `\0${VIRTUAL}`) return null
      for (const entry of readdirSync(join(root, SOURCES_DIR), { recursive: true, withFileTypes: true }))
        if (entry.isFile()) this.addWatchFile(join(entry.parentPath, entry.name))
      return `export default ${JSON.stringify(load().records)}`
    },
    configureServer(server) {
      if (!options.enabled) return
      server.middlewares.use((req, res, next) => {
        const bytes = serve(req.url)
        if (!bytes) return next()
        const json = req.url!.includes('.json')
        res.setHeader('Content-Type', json ? 'application/json' : 'text/javascript; charset=utf-8')
        res.setHeader('Access-Control-Allow-Origin', '*')
        // In dev the sources change while you edit them; a build serves them immutable.
        res.setHeader('Cache-Control', 'no-cache')
        res.end(bytes)
      })
    },
    generateBundle() {
      if (!options.enabled) return
      for (const [fileName, source] of load().files) this.emitFile({ type: 'asset', fileName, source })
    },
  }
}
