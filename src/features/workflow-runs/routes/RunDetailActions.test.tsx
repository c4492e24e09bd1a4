import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as mock, HttpResponse } from 'msw'
import { setHttpSleep } from '@/shared/api/http'
import { renderRoute } from '@/test/renderRoute'
import { server } from '../../../../mocks/node'

beforeEach(() => setHttpSleep(async () => undefined))

const WF = '/workflows/wf-immunopeptidomics-discovery'
// Demo fixtures at BASE_TIME: run-000398 failed in its last step (Report) six days ago; run-000349 failed 20 days ago;
// run-000414 stopped at the QC gate; run-000417 succeeded.
const FAILED = `${WF}/runs/run-000398`
const stepsTable = () => screen.getByRole('table', { name: 'Steps' })

describe('Acting on a run', () => {
  it('redrives a failed run from its failed step: the new run links its origin, earlier steps are not run again', async () => {
    const { router } = renderRoute(FAILED, { as: 'scientist' })
    const redrive = await screen.findByRole('button', { name: 'Redrive from the failed step' })
    expect(screen.getByText('Continues from “Report”; the 5 steps before it are not run again.')).toBeInTheDocument()
    await userEvent.click(redrive)
    const dialog = await screen.findByRole('dialog', { name: 'Redrive run-000398 from the failed step?' })
    expect(dialog).toHaveTextContent('Not run again (their results are kept): “HLA typing”, “Spectral library search”')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Redrive' }))

    expect(await screen.findByRole('heading', { name: 'run-900001', level: 1 })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe(`${WF}/runs/run-900001`)
    const family = await screen.findByRole('region', { name: 'Run family' })
    expect(family).toHaveTextContent('Redrive of run-000398 from “Report”. The 5 steps before it were not run again')
    expect(within(family).getByRole('link', { name: 'run-000398' })).toHaveAttribute('href', FAILED)
    const typing = within(stepsTable()).getByRole('row', { name: /HLA typing/ })
    expect(typing).toHaveTextContent('Not run again')
    expect(within(stepsTable()).getByRole('row', { name: /^Report/ })).not.toHaveTextContent('Not run again')

    // The origin lists its re-run, and a second redrive is explained instead of offered.
    await userEvent.click(within(family).getByRole('link', { name: 'run-000398' }))
    const reruns = await screen.findByRole('table', { name: 'Runs started from this run' })
    expect(within(reruns).getByRole('row', { name: /run-900001/ })).toHaveTextContent(/Redrive.*running/)
    expect(screen.getByRole('button', { name: 'Redrive from the failed step' })).toBeDisabled()
    expect(screen.getByText('Already redriven as run-900001.')).toBeInTheDocument()
  })

  it('runs a run again with the same inputs', async () => {
    renderRoute(`${WF}/runs/run-000417`, { as: 'scientist' })
    await userEvent.click(await screen.findByRole('button', { name: 'Run again' }))
    // A succeeded run has nothing to redrive.
    expect(screen.queryByRole('button', { name: 'Redrive from the failed step' })).not.toBeInTheDocument()
    const dialog = await screen.findByRole('dialog', { name: 'Run run-000417 again?' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start new run' }))
    expect(await screen.findByRole('heading', { name: 'run-900001', level: 1 })).toBeInTheDocument()
    expect(await screen.findByRole('region', { name: 'Run family' })).toHaveTextContent(
      'Re-run of run-000417 with the same inputs',
    )
  })

  it('says why a failed run cannot be redriven', async () => {
    renderRoute(`${WF}/runs/run-000349`, { as: 'scientist' })
    expect(await screen.findByRole('button', { name: 'Redrive from the failed step' })).toBeDisabled()
    expect(screen.getByText(/ended 20 days ago\. Run it again instead\./)).toBeInTheDocument()
    renderRoute(`${WF}/runs/run-000414`, { as: 'scientist' })
    expect(await screen.findByText(/No step failed: the run stopped at a fail state/)).toBeInTheDocument()
  })

  it('keeps the dialog open with the explained conflict when the server refuses the redrive', async () => {
    server.use(
      mock.post(
        '/api/v1/workflow-runs/run-000398/redrive',
        () =>
          HttpResponse.json(
            {
              error: {
                code: 'CONFLICT',
                message: 'Run run-000398 was already redriven as run-900007.',
                details: { reason: 'already_redriven' },
                requestId: 'req-redrive-1',
              },
            },
            { status: 409 },
          ),
        { once: true },
      ),
    )
    renderRoute(FAILED, { as: 'scientist' })
    await userEvent.click(await screen.findByRole('button', { name: 'Redrive from the failed step' }))
    const dialog = await screen.findByRole('dialog', { name: /^Redrive run-000398/ })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Redrive' }))
    expect(await within(dialog).findByText(/already redriven as run-900007/)).toBeInTheDocument()
    expect(within(dialog).getByText('req-redrive-1')).toBeInTheDocument()
  })
})
