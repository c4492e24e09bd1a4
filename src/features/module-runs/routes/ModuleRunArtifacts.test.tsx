import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setHttpSleep } from '@/shared/api/http'
import { renderRoute } from '@/test/renderRoute'

beforeEach(() => setHttpSleep(async () => undefined))

describe('Artifacts of a module run', () => {
  it('previews an output file over the run, through the module run’s own content endpoint', async () => {
    // Demo fixture: the module run behind run-000020's HLA typing step.
    const { router } = renderRoute('/runs/mr-000020-hla-typing', { as: 'scientist' })
    const artifacts = await screen.findByRole('table', { name: 'Artifacts of mr-000020-hla-typing' })
    await userEvent.click(within(artifacts).getByRole('button', { name: 'Preview latest/run.json' }))
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('artifact')).toMatch(/latest\/run\.json$/))
    const drawer = await screen.findByRole('dialog', { name: 'latest/run.json' })
    expect(within(drawer).getByText(/^mr-000020-hla-typing · /)).toBeInTheDocument()
    const tree = await within(drawer).findByRole('list', { name: 'Content of latest/run.json' })
    expect(within(tree).getByText('"run-000020"')).toBeInTheDocument()
  })
})
