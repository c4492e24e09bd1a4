import { screen, within } from '@testing-library/react'
import { setHttpSleep } from '@/shared/api/http'
import { expectConsoleError } from '@/test/consoleGuard'
import { renderRoute } from '@/test/renderRoute'

// The preview's code failing (a chunk that cannot load, a file it cannot show) — its own file, so that no other test
// gets the broken preview.
vi.mock('../components/RunArtifactPreview', () => ({
  default: () => {
    throw new Error('Failed to fetch dynamically imported module: RunArtifactPreview.js')
  },
}))

beforeEach(() => setHttpSleep(async () => undefined))

describe('A module run whose artifact preview fails', () => {
  it('explains the failed preview in the Artifacts section and keeps the rest of the run page', async () => {
    // React reports the error it handed to the section's boundary.
    expectConsoleError(/Failed to fetch dynamically imported module/)
    renderRoute('/runs/mr-000020-hla-typing?artifact=latest%2Frun.json', { as: 'scientist' })
    const failure = await screen.findByText('The preview could not be opened')
    expect(screen.getByText(/Failed to fetch dynamically imported module/)).toBeInTheDocument()
    // The page is still there: the run's artifacts (to pick another) and its parameters.
    expect(screen.getByRole('table', { name: 'Artifacts of mr-000020-hla-typing' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Parameters' })).toBeInTheDocument()
    expect(within(failure.closest('[role="alert"]') ?? document.body).getByRole('button', { name: /Retry/ })).toBeInTheDocument()
  })
})
