import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const HERE = dirname(fileURLToPath(import.meta.url))
const REPO = resolve(HERE, '../..')
/** The output folders of build.mjs's FIXTURES, and the hand-written files that live beside the built ones. */
const OUTPUTS = ['e2e/module-bundles/template', 'e2e/module-bundles/golden', 'mocks/module-bundles/template']
const HAND_WRITTEN = ['bundle.json']

async function listFiles(root: string, dir: string) {
  const names = await readdir(join(root, dir)).catch(() => [] as string[])
  return names.filter((name) => !HAND_WRITTEN.includes(name)).map((name) => `${dir}/${name}`)
}

// The module UI bundles the e2e specs and the demo mount are committed build outputs (CI does not run webpack): built
// again from their sources in scripts/module-fixtures, they must be the same bytes. webpack runs in a Node process of its
// own: this file keeps the suite's jsdom environment, whose setup file (src/test/setup.ts) needs a DOM.
describe('module UI fixtures (scripts/module-fixtures/build.mjs)', () => {
  it('the committed bundles are exactly what webpack builds from their sources', { timeout: 240_000 }, async () => {
    const out = await mkdtemp(join(tmpdir(), 'module-fixtures-'))
    try {
      await promisify(execFile)(process.execPath, [join(HERE, 'build.mjs'), out], { cwd: REPO, maxBuffer: 1 << 24 })
      const built = (await Promise.all(OUTPUTS.map((dir) => listFiles(out, dir)))).flat().sort()
      const committed = (await Promise.all(OUTPUTS.map((dir) => listFiles(REPO, dir)))).flat().sort()
      expect(committed, 'files in the output folders that the build does not write, or the other way round').toEqual(built)
      const differing: string[] = []
      for (const path of built)
        if (!(await readFile(join(out, path))).equals(await readFile(join(REPO, path)))) differing.push(path)
      expect(differing, 'built from sources that changed since: run npm run build:module-fixtures').toEqual([])
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  })
})
