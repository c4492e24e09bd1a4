import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { build, type Plugin } from 'vite'

/**
 * The optional runtime packs of module-ui-contract §1 (antd@5 → `antd`, icons@6 → `icons`). Each is its own IIFE file,
 * built from the console's pinned packages with React external, SRI-hashed, and served under /module-runtime/. They are
 * never part of a console chunk: the frame (or the internal host) loads one only when a version's `ui.globals` asks.
 * Built once per package version and cached in node_modules/.cache, so builds and dev starts stay fast.
 */
const PACKS = [
  {
    name: 'antd@5',
    global: 'antd',
    entry: 'src/module-frame/packs/antdPack.ts',
    packages: ['antd', '@ant-design/v5-patch-for-react-19'],
  },
  { name: 'icons@6', global: 'icons', entry: 'src/module-frame/packs/iconsPack.ts', packages: ['@ant-design/icons'] },
]
const VIRTUAL = 'virtual:module-runtime-packs'
const REACT_GLOBALS = {
  react: 'React',
  'react-dom': 'ReactDOM',
  'react-dom/client': 'ReactDOM',
  'react/jsx-runtime': 'ReactJSXRuntime',
}

type BuiltPack = { name: string; global: string; fileName: string; code: string; integrity: string }

const sri = (code: string) => `sha384-${createHash('sha384').update(code).digest('base64')}`

function versionOf(root: string, pkg: string): string {
  const require = createRequire(join(root, 'package.json'))
  return (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version
}

async function buildPack(root: string, pack: (typeof PACKS)[number]): Promise<BuiltPack> {
  const entry = resolve(root, pack.entry)
  const key = createHash('sha256')
    .update(readFileSync(entry))
    .update(pack.packages.map((p) => `${p}@${versionOf(root, p)}`).join())
    .update(versionOf(root, 'react'))
    .digest('hex')
    .slice(0, 10)
  const base = pack.global
  const fileName = `module-runtime/${base}-${key}.js`
  const cacheDir = join(root, 'node_modules/.cache/module-runtime-packs')
  const cached = join(cacheDir, `${base}-${key}.js`)
  if (!existsSync(cached)) {
    const output = await build({
      configFile: false,
      root,
      logLevel: 'warn',
      mode: 'production',
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        write: false,
        emptyOutDir: false,
        minify: true,
        lib: { entry, formats: ['iife'], name: `__${base}Pack`, fileName: () => `${base}.js` },
        rolldownOptions: {
          external: Object.keys(REACT_GLOBALS),
          output: { globals: REACT_GLOBALS },
          // antd marks its files "use client"; meaningless in an IIFE pack.
          onwarn: (warning, warn) => void (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warn(warning)),
        },
      },
    })
    const results = Array.isArray(output) ? output : [output]
    const chunk = results.flatMap((r) => ('output' in r ? r.output : [])).find((o) => o.type === 'chunk')
    if (!chunk || chunk.type !== 'chunk') throw new Error(`runtime pack ${pack.name}: no output`)
    mkdirSync(cacheDir, { recursive: true })
    writeFileSync(cached, chunk.code)
  }
  const code = readFileSync(cached, 'utf8')
  return { name: pack.name, global: pack.global, fileName, code, integrity: sri(code) }
}

export function moduleRuntimePacks(): Plugin {
  let root = process.cwd()
  let base = '/'
  let packs: Promise<BuiltPack[]> | null = null
  const built = () => (packs ??= Promise.all(PACKS.map((pack) => buildPack(root, pack))))
  return {
    name: 'module-runtime-packs',
    configResolved(config) {
      root = config.root
      base = config.base
    },
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
    async load(id) {
      if (id !== `\0${VIRTUAL}`) return null
      // Unit tests load no packs; building antd there would only cost time.
      if (process.env.VITEST) return 'export default {}'
      const table = Object.fromEntries(
        (await built()).map((p) => [p.name, { url: `${base}${p.fileName}`, integrity: p.integrity, global: p.global }]),
      )
      return `export default ${JSON.stringify(table)}`
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? ''
        if (!path.startsWith(`${base}module-runtime/`)) return next()
        built().then(
          (list) => {
            const pack = list.find((p) => `${base}${p.fileName}` === path)
            if (!pack) return next()
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8')
            res.setHeader('Access-Control-Allow-Origin', '*')
            res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
            res.end(pack.code)
          },
          (error: unknown) => next(error),
        )
      })
    },
    async generateBundle() {
      for (const pack of await built()) this.emitFile({ type: 'asset', fileName: pack.fileName, source: pack.code })
    },
  }
}
