import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setHttpSleep } from '@/shared/api/http'
import { renderRoute } from '@/test/renderRoute'
import { resetDemo } from '../../../../mocks/testing'

const DEVKIT = { devkit: { apiKey: null } }

beforeEach(() => {
  setHttpSleep(async () => undefined)
  resetDemo('devkit')
})

describe('runs of a devkit session (the devkit API cannot list them)', () => {
  it('says how runs get here before there is any', async () => {
    renderRoute('/runs', DEVKIT)
    expect(await screen.findByText('No run in this session yet')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('opens a launched run with its stub result, lists it in Module runs and opens it from there', async () => {
    const { router } = renderRoute('/modules/local-devkit-example/run', DEVKIT)
    await userEvent.click(await screen.findByRole('button', { name: 'Start run' }))
    const heading = await screen.findByRole('heading', { level: 1, name: /^devkit-run-[0-9a-f]{8}$/ })
    const runId = heading.textContent ?? ''
    expect(router.state.location.pathname).toBe(`/runs/${runId}`)
    const result = screen.getByRole('region', { name: 'Result' })
    expect(await within(result).findByText(/Devkit stub executed successfully/)).toBeInTheDocument()
    // What the stub does not keep is not asked for: no log, no artifacts, no error card anywhere.
    expect(screen.queryByRole('region', { name: 'Log' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Artifacts' })).not.toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Run' })).toHaveTextContent(/local devkit API/)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()

    await router.navigate('/runs')
    const table = await screen.findByRole('table', { name: 'Runs of this session' })
    const row = within(table).getByRole('link', { name: runId }).closest('tr') as HTMLElement
    expect(within(row).getByRole('link', { name: 'local-devkit-example' })).toBeInTheDocument()
    expect(await within(row).findByText('completed')).toBeInTheDocument()
    await userEvent.click(within(row).getByRole('link', { name: runId }))
    expect(await screen.findByRole('heading', { level: 1, name: runId })).toBeInTheDocument()
  })
})
