import { screen, within, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setHttpSleep } from '@/shared/api/http'
import { renderRoute } from '@/test/renderRoute'

beforeEach(() => setHttpSleep(async () => undefined))

const WF = '/workflows/wf-immunopeptidomics-discovery'
// Demo fixtures (deterministic): run-000020 succeeded; run-000034 ran the same samples with another binding rank
// threshold (the only input that differs) and failed in binding prediction.
const PAIR = `${WF}/compare?runs=run-000020,run-000034&baseline=run-000020`
const section = (name: string) => screen.getByRole('region', { name })

describe('Comparison of runs', () => {
  it('shows the failing step, an artifact overwritten under the same URI, and the one differing input', async () => {
    renderRoute(PAIR, { as: 'scientist' })
    expect(await screen.findByRole('heading', { name: 'Compare 2 runs', level: 1 })).toBeInTheDocument()

    const steps = within(section('Steps')).getByRole('table', { name: 'Steps aligned by step id' })
    const binding = within(steps)
      .getByRole('rowheader', { name: /Binding prediction/ })
      .closest('tr')!
    expect(within(binding).getByText('changed')).toBeInTheDocument()
    expect(within(binding).getByText('failed')).toBeInTheDocument()

    const artifacts = await within(section('Artifacts')).findByRole('table')
    const latest = within(artifacts).getByRole('rowheader', { name: 'latest/run.json' }).closest('tr')!
    expect(within(latest).getByText('Same URI, content changed')).toBeInTheDocument()

    const inputs = within(section('Inputs')).getByRole('table')
    const rows = within(inputs)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent)
    expect(rows).toEqual(['thresholds.rankEL'])
    expect(within(section('Inputs')).getByText('1 value differs from the baseline')).toBeInTheDocument()
  })

  it('draws both runs on one time axis, and pointing at a step names its duration in every lane', async () => {
    renderRoute(PAIR, { as: 'scientist' })
    await screen.findByRole('heading', { name: 'Compare 2 runs' })
    const overlay = section('Timeline overlay')
    const lanes = within(overlay).getAllByRole('img')
    expect(lanes.map((lane) => lane.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^run-000020: .+, \d+ steps started$/),
      expect.stringMatching(/^run-000034: .+, \d+ steps started$/),
    ])
    await userEvent.hover(within(lanes[1]!).getByTitle(/^run-000034 · Binding prediction: failed/))
    expect(within(overlay).getAllByText(/^Binding prediction: /)).toHaveLength(2)
  })

  it('shows every input on request, keeping the choice in the URL', async () => {
    const { router } = renderRoute(PAIR, { as: 'scientist' })
    await screen.findByRole('heading', { name: 'Compare 2 runs' })
    await userEvent.click(within(section('Inputs')).getByRole('switch', { name: 'Show all inputs' }))
    await waitFor(() => expect(router.state.location.search).toContain('inputs=all'))
    const paths = within(within(section('Inputs')).getByRole('table')).getAllByRole('rowheader')
    expect(paths.length).toBeGreaterThan(10)
    expect(paths.map((cell) => cell.textContent)).toContain('samples[0].rawFile')
  })

  it('keeps the chart’s metric in the URL: a shared link opens on credits, Duration goes back', async () => {
    const { router } = renderRoute(`${PAIR}&chart=credits`, { as: 'scientist' })
    const metric = await screen.findByRole('group', { name: 'Chart metric' })
    expect(within(metric).getByRole('button', { name: 'Credits' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByText(/^ACT per step/)).toBeInTheDocument()
    await userEvent.click(within(metric).getByRole('button', { name: 'Duration' }))
    await waitFor(() => expect(router.state.location.search).not.toContain('chart='))
    expect(within(metric).getByRole('button', { name: 'Duration' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByText(/^Minutes per step/)).toBeInTheDocument()
  })

  it('summarises each run against the baseline, and another baseline flips the deltas', async () => {
    const { router } = renderRoute(PAIR, { as: 'scientist' })
    const glance = await screen.findByRole('list', { name: 'At a glance' })
    expect(within(glance).getByText(/run-000034/)).toHaveTextContent('run-000034 vs run-000020')
    expect(within(glance).getByText(/failed \(baseline succeeded\)/)).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Make run-000034 the baseline' }))
    await waitFor(() => expect(router.state.location.search).toContain('baseline=run-000034'))
    expect(
      within(screen.getByRole('list', { name: 'At a glance' })).getByText(/succeeded \(baseline failed\)/),
    ).toBeInTheDocument()
  })

  it('says a running run has not finished, in words as its chip says them, not as an empty duration', async () => {
    // run-000419 is still running in the demo; run-000417 succeeded.
    renderRoute(`${WF}/compare?runs=run-000419,run-000417`, { as: 'scientist' })
    const glance = await screen.findByRole('list', { name: 'At a glance' })
    expect(glance).toHaveTextContent('succeeded (baseline running)')
    const summary = within(section('Summary')).getByRole('table')
    const duration = within(summary).getByRole('rowheader', { name: 'Duration' }).closest('tr')!
    expect(within(duration).getAllByRole('cell')[0]).toHaveTextContent(/^not finished$/)
  })

  it('keeps comparing the others when one run cannot be loaded, and lets it be removed', async () => {
    const { router } = renderRoute(`${WF}/compare?runs=run-000020,run-999999,run-000034`, { as: 'scientist' })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('run-999999 could not be loaded')
    expect(screen.getByRole('table', { name: 'Steps aligned by step id' })).toBeInTheDocument()
    await userEvent.click(within(alert).getByRole('button', { name: 'Remove run-999999 from the comparison' }))
    await waitFor(() => expect(router.state.location.search).toBe('?runs=run-000020%2Crun-000034&baseline=run-000020'))
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
    expect(screen.getByRole('heading', { name: 'Compare 2 runs' })).toBeInTheDocument()
  })

  it('leaves out a run of another workflow, saying so, instead of showing its every step as added', async () => {
    // run-000727 is a run of the neoantigen workflow: a hand-edited or stale link.
    const { router } = renderRoute(`${WF}/compare?runs=run-000020,run-000727,run-000034`, { as: 'scientist' })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('run-000727 is not a run of this workflow')
    expect(alert).toHaveTextContent('run-000727 is a run of wf-neoantigen-prioritization, not of wf-immunopeptidomics-discovery')
    expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
    expect(await screen.findByRole('table', { name: 'Steps aligned by step id' })).toBeInTheDocument()
    await userEvent.click(within(alert).getByRole('button', { name: 'Remove run-000727 from the comparison' }))
    await waitFor(() => expect(router.state.location.search).toContain('runs=run-000020%2Crun-000034'))
  })

  it('asks for a second run when only one is in the URL, and adds one from the dialog', async () => {
    const { router } = renderRoute(`${WF}/compare?runs=run-000020`, { as: 'scientist' })
    expect(await screen.findByText('Pick at least two runs to compare')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Add runs' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add runs to the comparison' })
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Find runs' }), 'run-000034')
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: 'run-000034' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add selected run' }))
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('runs')).toBe('run-000020,run-000034'))
    expect(await screen.findByRole('heading', { name: 'Compare 2 runs' })).toBeInTheDocument()
  })
})
