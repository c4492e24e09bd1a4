// Builds the module UI bundles that the tests and the demo mount, with the real webpack 5, from the TSX sources next
// to this file (each folder is a small module UI project: `<name>/src/index.tsx`):
//
// - peptide-scorer → e2e/module-bundles/template: the platform's public UI template's settings (UMD `ModuleUI` with
//   `export: 'default'`, externals React/ReactDOM/ReactJSXRuntime/antd/icons, `publicPath: 'auto'`, a lazy chunk).
// - golden → e2e/module-bundles/golden: the golden example's settings (React and ReactDOM bundled in, no externals,
//   `ModuleUI` the namespace `{ default: App }`, renders itself into a #root it creates).
// - peptide-atlas-explorer → mocks/module-bundles/template: the demo's template-style bundle (a listed lazy chunk and an
//   unlisted one); its bundle.json stays hand-written.
//
// The outputs are committed (CI does not run webpack); scripts/module-fixtures/build.test.ts rebuilds them into a
// temporary directory and checks the committed files are the same bytes. Usage:
//   npm run build:module-fixtures              write into the repository
//   node scripts/module-fixtures/build.mjs DIR build into DIR/<output path> instead
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import prettier from 'prettier'
import ts from 'typescript'
import webpack from 'webpack'

const HERE = dirname(fileURLToPath(import.meta.url))
const REPO = resolve(HERE, '../..')

/** `module-ui-contract` §1's externals, with the per-type form webpack's UMD wrapper needs (require('react'), root.React). */
const external = (request, root) => ({ root, commonjs: request, commonjs2: request, amd: request })
const TEMPLATE_EXTERNALS = {
  react: external('react', 'React'),
  'react-dom': external('react-dom', 'ReactDOM'),
  'react-dom/client': external('react-dom/client', 'ReactDOM'),
  'react/jsx-runtime': external('react/jsx-runtime', 'ReactJSXRuntime'),
  antd: external('antd', 'antd'),
  '@ant-design/icons': external('@ant-design/icons', 'icons'),
}

export const FIXTURES = [
  {
    source: 'peptide-scorer',
    output: 'e2e/module-bundles/template',
    uniqueName: 'mod_peptide_scorer',
    library: { name: 'ModuleUI', type: 'umd', export: 'default' },
    externals: TEMPLATE_EXTERNALS,
    // webpack's default chunk name for `import('./ChartView')`: src_ChartView_tsx.bundle.js.
    chunkFilename: '[name].bundle.js',
    minimize: false,
  },
  {
    source: 'golden',
    output: 'e2e/module-bundles/golden',
    uniqueName: 'golden_example',
    library: { name: 'ModuleUI', type: 'umd' },
    externals: {},
    chunkFilename: '[name].bundle.js',
    // React's production build, minified as a real build ships it (readable, it would be 700 kB).
    minimize: true,
  },
  {
    source: 'peptide-atlas-explorer',
    output: 'mocks/module-bundles/template',
    uniqueName: 'mod_peptide_atlas_explorer',
    library: { name: 'ModuleUI', type: 'umd', export: 'default' },
    externals: TEMPLATE_EXTERNALS,
    // Named in the source (webpackChunkName): chart-view.chunk.js (listed in bundle.json) and extra-view.chunk.js.
    chunkFilename: '[name].chunk.js',
    minimize: false,
  },
]

const banner = (fixture) =>
  `/*! Built by scripts/module-fixtures/build.mjs (webpack ${webpack.version}) from scripts/module-fixtures/${fixture.source}/src:` +
  ` do not edit, rebuild with npm run build:module-fixtures. */\n`

function config(fixture) {
  const context = join(HERE, fixture.source)
  return {
    name: fixture.source,
    mode: 'production',
    context,
    entry: './src/index.tsx',
    target: ['web', 'es2020'],
    devtool: false,
    output: {
      // Written to memory, then formatted and written by writeOutputs (the path never reaches the output).
      path: '/',
      filename: 'bundle.js',
      chunkFilename: fixture.chunkFilename,
      publicPath: 'auto',
      uniqueName: fixture.uniqueName,
      library: fixture.library,
      globalObject: 'self',
      clean: false,
    },
    externals: fixture.externals,
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          include: join(context, 'src'),
          loader: 'ts-loader',
          // Each file on its own (isolatedModules); typeCheck() checks them all in one program.
          options: { configFile: join(HERE, 'tsconfig.json'), onlyCompileBundledFiles: true, transpileOnly: true },
        },
      ],
    },
    optimization: {
      minimize: fixture.minimize,
      // Module and chunk ids named after their files (./src/index.tsx, src_ChartView_tsx), as in a readable build.
      moduleIds: 'named',
      chunkIds: 'named',
    },
    performance: { hints: false },
    infrastructureLogging: { level: 'error' },
  }
}

/** In-memory output file system: webpack's emitted files, keyed by their name. */
function memoryFs() {
  const files = new Map()
  const fs = {
    mkdir: (_path, _options, callback) => (callback ?? _options)(null),
    writeFile: (path, data, callback) => {
      files.set(path.replace(/^\/+/, ''), Buffer.from(data))
      callback(null)
    },
    stat: (_path, callback) => callback(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })),
  }
  return { fs, files }
}

function compile(fixture) {
  const compiler = webpack(config(fixture))
  const { fs, files } = memoryFs()
  compiler.outputFileSystem = fs
  return new Promise((resolvePromise, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => {})
      if (error) return reject(error)
      if (stats.hasErrors() || stats.hasWarnings()) {
        const { errors, warnings } = stats.toJson({ all: false, errors: true, warnings: true })
        return reject(new Error(`${fixture.source}:\n${[...errors, ...warnings].map((e) => e.message).join('\n')}`))
      }
      resolvePromise(files)
    }),
  )
}

/** Type-checks every fixture's sources with scripts/module-fixtures/tsconfig.json, in one program. */
export function typeCheck() {
  const configFile = join(HERE, 'tsconfig.json')
  const { config: json, error } = ts.readConfigFile(configFile, ts.sys.readFile)
  const parsed = ts.parseJsonConfigFileContent(json, ts.sys, HERE, undefined, configFile)
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } })
  const diagnostics = [...(error ? [error] : []), ...parsed.errors, ...ts.getPreEmitDiagnostics(program)]
  if (diagnostics.length)
    throw new Error(
      ts.formatDiagnostics(diagnostics, {
        getCanonicalFileName: (name) => name,
        getCurrentDirectory: () => REPO,
        getNewLine: () => '\n',
      }),
    )
}

/**
 * The committed text of an emitted file: a banner naming the source, then webpack's output formatted with the
 * repository's Prettier settings (so `prettier --check` holds), except a minified file, which is kept as emitted.
 */
async function finish(fixture, path, bytes, prettierConfig) {
  const code = bytes.toString('utf8')
  if (!path.endsWith('.js')) return code
  if (!fixture.minimize) return prettier.format(banner(fixture) + code, { ...prettierConfig, filepath: path })
  // terser's `/*! For license information… */` line stays first; the code after it is one statement Prettier leaves be.
  const [, license = '', rest] = /^(\/\*![^\n]*\*\/\n)?([\s\S]*)$/.exec(code)
  return prettier.format(`${banner(fixture)}${license}// prettier-ignore\n${rest.trim()}\n`, {
    ...prettierConfig,
    filepath: path,
  })
}

/**
 * Builds every fixture into `outDir` (the repository by default), each file of JavaScript formatted with the
 * repository's Prettier settings so that `prettier --check` holds for the committed outputs. Returns the written paths,
 * relative to `outDir`.
 */
export async function buildModuleFixtures(outDir = REPO, { check = true } = {}) {
  if (check) typeCheck()
  const prettierConfig = await prettier.resolveConfig(join(REPO, 'e2e/module-bundles/template/bundle.js'))
  const written = []
  for (const fixture of FIXTURES) {
    const files = await compile(fixture)
    for (const [name, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      const path = join(outDir, fixture.output, name)
      const text = await finish(fixture, path, bytes, prettierConfig)
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, text)
      written.push(relative(outDir, path))
    }
  }
  return written
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now()
  const written = await buildModuleFixtures(process.argv[2] ? resolve(process.argv[2]) : REPO)
  for (const path of written) console.log(path)
  console.log(`module fixtures built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
