import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { build } from 'vite'
import { routeChunks } from './routeChunks'

/** Builds a tiny app with the plugin's groups; answers each output chunk's file name and code. */
async function buildApp(files: Record<string, string>): Promise<Map<string, string>> {
  const root = mkdtempSync(join(tmpdir(), 'route-chunks-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true })
    writeFileSync(join(root, name), text)
  }
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="/src/main.js"></script>')
  const chunking = routeChunks({ entry: 'src/main.js', routeTable: 'src/routes.js', layout: 'src/layout.js', minShare: 3 })
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [chunking.plugin],
    build: { outDir: 'out', minify: false, rolldownOptions: { output: { codeSplitting: { groups: chunking.groups } } } },
  })
  const dir = join(root, 'out/assets')
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]))
}

const page = (name: string, imports: string[]) =>
  `${imports.map((module, i) => `import m${i} from './${module}.js'`).join('\n')}\nexport default () => ['${name}', ${imports.map((_, i) => `m${i}`).join(', ')}]`
const shared = (name: string) => `export default () => '${name} code'`

describe('route chunks', () => {
  it("puts the layout's imports in one chunk and what three pages share in another; two pages' code and lazy modules stay apart", async () => {
    const chunks = await buildApp({
      'src/main.js':
        "import { routes } from './routes.js'\nimport boot from './boot.js'\ndocument.title = boot() + routes.length",
      'src/boot.js': shared('boot'),
      'src/routes.js':
        "export const routes = [() => import('./layout.js'), () => import('./a.js'), () => import('./b.js'), () => import('./c.js')]",
      'src/layout.js': page('layout', ['nav', 'menu', 'boot']),
      'src/nav.js': shared('nav'),
      'src/menu.js': shared('menu'),
      'src/a.js': page('a', ['table', 'pair']),
      'src/b.js': page('b', ['table', 'pair', 'nav']),
      'src/c.js': `${page('c', ['table'])}\nexport const open = () => import('./dialog.js')`,
      'src/table.js': page('table', ['cell']),
      'src/cell.js': shared('cell'),
      'src/pair.js': shared('pair'),
      'src/dialog.js': page('dialog', ['cell']),
    })
    const holding = (text: string) =>
      [...chunks].filter(([, code]) => code.includes(text)).map(([name]) => name.replace(/-[\w-]+\.js$/, ''))
    expect(holding('nav code')).toEqual(['shell'])
    expect(holding('menu code')).toEqual(['shell'])
    expect(holding('cell code')).toEqual(['pages'])
    expect(holding('"table"')).toEqual(['pages'])
    // Shared by two pages only: not loaded by the third.
    expect(holding('pair code')).not.toContain('pages')
    // Route pages and a lazily opened dialog keep their own chunks; the entry keeps its own code.
    expect(holding('"layout"')).toEqual(['layout'])
    expect(holding('"dialog"')).toEqual(['dialog'])
    expect(holding('boot code')).toEqual(['index'])
  })
})
