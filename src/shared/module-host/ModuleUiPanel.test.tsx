import { screen } from '@testing-library/react'
import { setHttpSleep } from '@/shared/api/http'
import { renderSignedIn } from '@/test/renderRoute'
import { ModuleUiPanel } from './ModuleUiPanel'

// Nothing may be loaded into the console's realm in these tests: the in-realm loader reports any attempt.
const loader = vi.hoisted(() => ({ loadInternal: vi.fn(() => Promise.reject(new Error('not in these tests'))) }))
vi.mock('./internalLoader', () => loader)

beforeEach(() => setHttpSleep(async () => undefined))

describe('the trust tier a module UI is mounted with (module-ui-contract §3)', () => {
  it('never lets a version without a tier of its own inherit `internal` from the module: no tier is the iframe', async () => {
    // peptide-atlas-explorer is an internal-tier module (mocks/fixtures/withUiManifests.ts); 0.0.0 is no version of it.
    const { container } = await renderSignedIn(
      <ModuleUiPanel moduleId="peptide-atlas-explorer" version="0.0.0" runId="ui-test" followsRun={false} inputData={{}} />,
      { as: 'superuser' },
    )
    expect(await screen.findByRole('alert')).toHaveAttribute('data-module-error', 'MODULE_NOT_FOUND')
    expect(container.querySelector('[data-module-host]')).toHaveAttribute('data-module-host', 'iframe')
    expect(loader.loadInternal).not.toHaveBeenCalled()
  })

  it('mounts the version in the console’s realm only when its own record says internal', async () => {
    const { container } = await renderSignedIn(
      <ModuleUiPanel moduleId="peptide-atlas-explorer" runId="ui-test" followsRun={false} inputData={{}} />,
      { as: 'superuser' },
    )
    expect(await screen.findByRole('alert')).toHaveAttribute('data-module-error', 'MODULE_CRASHED')
    expect(container.querySelector('[data-module-host]')).toHaveAttribute('data-module-host', 'internal')
    expect(loader.loadInternal).toHaveBeenCalledTimes(1)
  })
})
