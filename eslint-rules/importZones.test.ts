import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The project's own eslint.config.js, run on snippets at virtual paths: proves the zones hold (issue 15, item 4).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// The snippets' virtual files are in no tsconfig, so the type-aware rules of the module host's folders (which would
// stop at a parsing error before any zone is checked) are off here: this test is about zones only.
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: path.join(root, 'eslint.config.js'),
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
})

/** The zone errors of `code` linted as if it lived at `file` (project-relative). */
async function zoneErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  const fatal = result!.messages.find((m) => m.fatal)
  if (fatal) throw new Error(`${file} did not parse: ${fatal.message}`)
  return result!.messages.filter((m) => m.ruleId === 'zones/import-zones').map((m) => m.message)
}

const importing = (specifier: string) => `import { thing } from '${specifier}'\nexport const again = thing\n`

describe('import zones (eslint.config.js)', () => {
  it('fails a feature importing another feature by the alias', async () => {
    const errors = await zoneErrors('src/features/catalog/lib/x.ts', importing('@/features/workflow-runs/lib/stepHealth'))
    expect(errors).toEqual([expect.stringContaining('may not import src/features/workflow-runs/lib/stepHealth')])
  })

  it('fails a feature importing another feature by a relative path', async () => {
    const errors = await zoneErrors('src/features/catalog/lib/x.ts', importing('../../workflow-runs/lib/stepHealth'))
    expect(errors).toEqual([expect.stringContaining('may not import src/features/workflow-runs/lib/stepHealth')])
  })

  it('fails a dynamic import and a re-export across features too', async () => {
    const code = "export { thing } from '../../module-runs/lib/x'\nexport const load = () => import('@/features/catalog/y')\n"
    expect(await zoneErrors('src/features/workflow-runs/lib/x.ts', code)).toHaveLength(2)
  })

  it('passes a feature importing itself and shared/', async () => {
    const code = `${importing('../api/catalogQueries')}import { http } from '@/shared/api/http'\nexport const h = http\n`
    expect(await zoneErrors('src/features/catalog/lib/x.ts', code)).toEqual([])
  })

  it('fails the frame page importing the session store, directly or relatively', async () => {
    expect(await zoneErrors('src/module-frame/x.ts', importing('@/shared/stores/sessionStore'))).toHaveLength(1)
    expect(await zoneErrors('src/module-frame/x.ts', importing('../shared/stores/sessionStore'))).toHaveLength(1)
  })

  it('fails the frame page importing the console side of the module host', async () => {
    expect(await zoneErrors('src/module-frame/x.ts', importing('@/shared/module-host/hostFetch'))).toHaveLength(1)
  })

  it('passes the frame page importing the protocol, the contract and itself', async () => {
    const code = `${importing('@/shared/module-host/protocol')}import { apiPaths } from '@/shared/contract/paths'
import { BridgeClient } from './bridgeClient'
export const all = [apiPaths, BridgeClient]\n`
    expect(await zoneErrors('src/module-frame/x.ts', code)).toEqual([])
  })

  it('fails a frame-side file of the module host importing http', async () => {
    expect(await zoneErrors('src/shared/module-host/protocol.ts', importing('../api/http'))).toHaveLength(1)
  })

  it('fails shared/ importing a feature or app/', async () => {
    expect(await zoneErrors('src/shared/lib/x.ts', importing('@/features/catalog/lib/runnable'))).toHaveLength(1)
    expect(await zoneErrors('src/shared/lib/x.ts', importing('../../app/App'))).toHaveLength(1)
  })

  it('holds tests to their zone, with the test helpers and the demo backend on top', async () => {
    const file = 'src/features/catalog/lib/x.test.ts'
    expect(await zoneErrors(file, importing('@/features/module-runs/lib/x'))).toHaveLength(1)
    const allowed = `${importing('../../../../mocks/node')}import { renderRoute } from '@/test/renderRoute'\nexport const r = renderRoute\n`
    expect(await zoneErrors(file, allowed)).toEqual([])
    expect(await zoneErrors('src/features/catalog/lib/x.ts', importing('../../../../mocks/node'))).toHaveLength(1)
  })

  it('keeps the demo backend to itself and the contract', async () => {
    expect(await zoneErrors('mocks/handlers/x.ts', importing('../../src/shared/contract/paths'))).toEqual([])
    for (const target of ['lib/format', 'module-host/protocol', 'auth/access', 'api/http', 'stores/sessionStore'])
      expect(await zoneErrors('mocks/handlers/x.ts', importing(`../../src/shared/${target}`))).toHaveLength(1)
  })
})
