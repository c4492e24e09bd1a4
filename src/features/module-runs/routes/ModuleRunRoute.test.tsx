import { screen, within, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as mock, HttpResponse } from 'msw'
import { http, setHttpSleep } from '@/shared/api/http'
import { ModuleRun } from '@/shared/contract/moduleRuns'
import { renderRoute, signInAs } from '@/test/renderRoute'
import { server } from '../../../../mocks/node'
import { resetDemo } from '../../../../mocks/testing'

beforeEach(() => setHttpSleep(async () => undefined))

// Demo fixtures (mocks/stores/runShowcase.ts), all Jonas Weber's: mr-000045 failed (in the xss scenario with HTML
// payloads in its parameters and log), mr-000046 runs for 25 minutes; mr-000034 is a completed peptide length QC.
const FAILED = 'mr-000045'
const RUNNING = 'mr-000046'
const COMPLETED = 'mr-000034'

describe('Module run view', () => {
  it('opens a run from the list as a drawer and closes back to the filtered list', async () => {
    const { router } = renderRoute('/runs?status=failed', { as: 'scientist' })
    const table = await screen.findByRole('table', { name: 'Module runs' })
    await userEvent.click(within(table).getByRole('link', { name: FAILED }))
    const drawer = await screen.findByRole('dialog', { name: FAILED })
    expect(router.state.location.pathname).toBe(`/runs/${FAILED}`)
    expect(await within(drawer).findByText('DATA_ACCESS_DENIED')).toBeInTheDocument()
    await userEvent.click(within(drawer).getByRole('button', { name: 'Close run' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/runs'))
    expect(router.state.location.search).toBe('?status=failed')
  })

  it('shows a run opened by link as a page of its own, without the list', async () => {
    renderRoute(`/runs/${FAILED}`, { as: 'scientist' })
    expect(await screen.findByRole('heading', { name: FAILED, level: 1 })).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: 'Module runs' })).not.toBeInTheDocument()
    expect(screen.getByText('Credits reserved')).toBeInTheDocument()
    expect(screen.getByText('Jonas Weber')).toBeInTheDocument()
  })

  it('renders HTML and script payloads of parameters and log lines as text (xss scenario)', async () => {
    resetDemo('xss')
    const { container } = renderRoute(`/runs/${FAILED}`, { as: 'scientist' })
    const parameters = await screen.findByRole('region', { name: `Parameters of ${FAILED}` })
    expect(parameters).toHaveTextContent('<script>alert(1)</script>')
    const log = await screen.findByRole('log', { name: `Log of ${FAILED}` })
    expect(await within(log).findByText(/Report title: <script>alert\(1\)<\/script>/)).toBeInTheDocument()
    expect(within(log).getByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument()
    expect(container.querySelector('img, script')).toBeNull()
  })

  it('shows the error envelope of a failed run', async () => {
    renderRoute(`/runs/${FAILED}`, { as: 'scientist' })
    const result = await screen.findByRole('region', { name: 'Result' })
    expect(await within(result).findByText(/runtime_error: Data grant/)).toBeInTheDocument()
    expect(within(result).getByRole('region', { name: `Error details of ${FAILED}` })).toHaveTextContent('DATA_ACCESS_DENIED')
  })

  it('cancels a running run after confirming, and says so', async () => {
    renderRoute(`/runs/${RUNNING}`, { as: 'scientist' })
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel run' }))
    const dialog = await screen.findByRole('dialog', { name: `Cancel run ${RUNNING}?` })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel run' }))
    expect(await screen.findByText('CANCELLED')).toBeInTheDocument()
    expect(screen.getByText(/Cancelled by Jonas Weber/)).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Cancel run' })).not.toBeInTheDocument())
  })

  it('keeps a run running when the cancel is not confirmed', async () => {
    renderRoute(`/runs/${RUNNING}`, { as: 'scientist' })
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel run' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Keep running' }))
    expect(screen.getByRole('button', { name: 'Cancel run' })).toBeInTheDocument()
    expect(screen.queryByText('CANCELLED')).not.toBeInTheDocument()
  })

  it('does not offer cancel on someone else’s run to a scientist', async () => {
    // mr-000039 is Amara Okafor's report, running at the demo's start.
    renderRoute('/runs/mr-000039', { as: 'scientist' })
    expect(await screen.findByText('Only Amara Okafor or an admin can cancel this run.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Cancel run' })).not.toBeInTheDocument()
  })

  it('re-runs a failed run with the same parameters and opens the new run', async () => {
    const { router } = renderRoute(`/runs/${FAILED}`, { as: 'scientist' })
    await userEvent.click(await screen.findByRole('button', { name: 'Re-run' }))
    const dialog = await screen.findByRole('dialog', { name: /^Re-run immunopeptidome-report/ })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start new run' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/runs/mr-000048'))
    expect(await screen.findByRole('heading', { name: 'mr-000048', level: 1 })).toBeInTheDocument()
    const parameters = screen.getByRole('region', { name: 'Parameters of mr-000048' })
    expect(parameters).toHaveTextContent('"title": "HeLa class I immunopeptidome, replicate 2"')
    expect(parameters).toHaveTextContent('"sample_ids": [ "HeLa-rep2", "HeLa-rep1" ]')
  })

  it('shows a completed run’s summary and results as a table', async () => {
    renderRoute(`/runs/${COMPLETED}`, { as: 'scientist' })
    const results = await screen.findByRole('table', { name: `Results of ${COMPLETED}` })
    expect(within(results).getByRole('columnheader', { name: 'length' })).toBeInTheDocument()
    expect(within(results).getAllByRole('row').length).toBeGreaterThan(5)
    expect(screen.getByText('ninemer_fraction')).toBeInTheDocument()
  })

  it('links only https artifacts; s3:// stays copyable text with an S3 console link; other schemes stay text', async () => {
    signInAs('scientist')
    const real = await http(`/v1/module-runs/${COMPLETED}`, ModuleRun)
    const artifact = real.artifacts[0]!
    const artifacts = [
      { ...artifact, name: 'signed.tsv', uri: 'https://hla-compass-demo-data.s3.amazonaws.com/x/signed.tsv?X-Amz-Signature=abc' },
      { ...artifact, name: 'stored.tsv', uri: 's3://hla-compass-demo-data/module-runs/x/stored.tsv' },
      { ...artifact, name: 'evil.txt', uri: 'javascript:alert(1)' },
      { ...artifact, name: 'plain.txt', uri: 'http://example.org/plain.txt' },
    ]
    server.use(mock.get(`/api/v1/module-runs/${COMPLETED}`, () => HttpResponse.json({ ...real, artifacts })))
    renderRoute(`/runs/${COMPLETED}`, { as: 'scientist' })
    const table = await screen.findByRole('table', { name: `Artifacts of ${COMPLETED}` })
    expect(within(table).getByRole('link', { name: 'Download signed.tsv (new tab)' })).toHaveAttribute('href', artifacts[0]!.uri)
    const s3 = within(table).getByRole('link', { name: 'Open stored.tsv in the S3 console (new tab)' })
    expect(s3.getAttribute('href')).toMatch(/^https:\/\/s3\.console\.aws\.amazon\.com\/s3\/object\/hla-compass-demo-data\?/)
    expect(s3).toHaveAttribute('rel', 'noopener noreferrer')
    expect(within(table).getByText('s3://hla-compass-demo-data/module-runs/x/stored.tsv')).toBeInTheDocument()
    expect(within(table).getByText('javascript:alert(1)')).toBeInTheDocument()
    expect(within(table).getByRole('button', { name: 'Copy URI of evil.txt' })).toBeInTheDocument()
    expect(within(table).getAllByRole('link')).toHaveLength(2)
    expect(screen.getAllByRole('link').every((link) => link.getAttribute('href')?.match(/^(https:|\/)/))).toBe(true)
  })

  it('says when a run does not exist, with a way back to the list', async () => {
    renderRoute('/runs/mr-999999', { as: 'scientist' })
    expect(await screen.findByRole('alert')).toHaveTextContent(/not found/i)
    expect(screen.getByRole('link', { name: 'Back to module runs' })).toHaveAttribute('href', '/runs')
  })
})
