import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setHttpSleep } from '@/shared/api/http'
import { renderRoute } from '@/test/renderRoute'

beforeEach(() => setHttpSleep(async () => undefined))

// Demo fixtures (deterministic): run-000020 succeeded; run-000034 ran the same samples and failed in binding
// prediction; the QC step of both wrote latest/length_qc.tsv and the first step latest/run.json, each at one URI.
const WF = '/workflows/wf-immunopeptidomics-discovery'
const PAIR = `${WF}/compare?runs=run-000020,run-000034&baseline=run-000020`
const artifactParam = (search: string) => new URLSearchParams(search).get('artifact')

describe('Artifacts of a run', () => {
  it('opens a step’s file in a preview kept in the URL, and closes it', async () => {
    const { router } = renderRoute(`${WF}/runs/run-000020`, { as: 'scientist' })
    const steps = await screen.findByRole('table', { name: 'Steps' })
    await userEvent.click(within(steps).getByRole('button', { name: 'Preview hla_types.tsv' }))
    const drawer = await screen.findByRole('dialog', { name: 'hla_types.tsv' })
    await waitFor(() => expect(artifactParam(router.state.location.search)).toMatch(/run-000020\/hla-typing\/hla_types\.tsv$/))
    expect(within(drawer).getByText('run-000020 · HLA typing')).toBeInTheDocument()
    const table = await within(drawer).findByRole('table', { name: 'Content of hla_types.tsv' })
    expect(within(table).getAllByRole('columnheader')[1]).toHaveTextContent('sample')
    expect(within(drawer).getByText(/^The whole file is shown \(2\.1 KiB\)\.$/)).toBeInTheDocument()
    await userEvent.click(within(drawer).getByRole('button', { name: 'Close preview' }))
    await waitFor(() => expect(artifactParam(router.state.location.search)).toBeNull())
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('says so when the URL names no artifact of the run', async () => {
    renderRoute(`${WF}/runs/run-000020?artifact=${encodeURIComponent('s3://elsewhere/x.tsv')}`, { as: 'scientist' })
    const drawer = await screen.findByRole('dialog', { name: 'Artifact not found' })
    expect(within(drawer).getByText('This run has no artifact with that URI')).toBeInTheDocument()
  })
})

describe('Artifacts in the comparison', () => {
  it('opens “Same URI, content changed” as the two versions side by side, changed rows and cells marked', async () => {
    const { router } = renderRoute(PAIR, { as: 'scientist' })
    const artifacts = await screen.findByRole('table', { name: 'Artifacts compared with the baseline' })
    await userEvent.click(
      within(artifacts).getByRole('button', {
        name: 'Same URI, content changed: compare latest/length_qc.tsv of run-000034 with the baseline',
      }),
    )
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('diff')).toBe('run-000034:length-qc:latest/length_qc.tsv'),
    )
    const drawer = await screen.findByRole('dialog', { name: 'latest/length_qc.tsv' })
    expect(within(drawer).getByText('Same URI, content changed: run-000034 against the baseline run-000020')).toBeInTheDocument()
    const diff = await within(drawer).findByRole('region', { name: 'Rows of latest/length_qc.tsv compared by column' })
    expect(within(drawer).getByRole('status')).toHaveTextContent(/^\d+ lines? changed, \d+ lines? added, \d+ lines? removed\.$/)
    expect(within(diff).getAllByText('changed line').length).toBeGreaterThan(0)
    expect(within(diff).getAllByTitle(/^(peptides|fraction) changed$/).length).toBeGreaterThan(0)
    expect(within(diff).getByText(/^⋯ \d+ unchanged lines?$/, { selector: 'span' })).toBeInTheDocument()

    await userEvent.click(within(drawer).getByRole('switch', { name: 'Show unchanged lines' }))
    await waitFor(() => expect(router.state.location.search).toContain('dlines=all'))
    expect(within(diff).queryByText(/unchanged lines?$/)).not.toBeInTheDocument()
  })

  it('compares an overwritten JSON file by path, with the inputs diff’s rules', async () => {
    renderRoute(`${PAIR}&diff=${encodeURIComponent('run-000034:hla-typing:latest/run.json')}`, { as: 'scientist' })
    const drawer = await screen.findByRole('dialog', { name: 'latest/run.json' })
    const values = await within(drawer).findByRole('table', { name: 'Values of latest/run.json compared with the baseline' })
    const run = within(values).getByRole('rowheader', { name: 'run' }).closest('tr')!
    expect(run).toHaveTextContent('"run-000020"')
    expect(run).toHaveTextContent('"run-000034"changed')
  })

  it('previews any run’s file of a row', async () => {
    const { router } = renderRoute(PAIR, { as: 'scientist' })
    const artifacts = await screen.findByRole('table', { name: 'Artifacts compared with the baseline' })
    await userEvent.click(within(artifacts).getByRole('button', { name: 'Preview latest/run.json of run-000020' }))
    await waitFor(() => expect(artifactParam(router.state.location.search)).toBe('run-000020:hla-typing:latest/run.json'))
    const drawer = await screen.findByRole('dialog', { name: 'latest/run.json' })
    expect(await within(drawer).findByRole('list', { name: 'Content of latest/run.json' })).toBeInTheDocument()
  })
})
