import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setHttpSleep } from '@/shared/api/http'
import { renderRoute } from '@/test/renderRoute'

beforeEach(() => setHttpSleep(async () => undefined))

describe('Module detail', () => {
  it('shows the overview: description, author, provenance, permissions, resources and pricing', async () => {
    renderRoute('/modules/netmhcpan-binding', { as: 'scientist' })
    expect(await screen.findByRole('heading', { level: 1, name: 'NetMHCpan Binding Prediction' })).toBeInTheDocument()
    const provenance = await screen.findByRole('region', { name: 'Provenance' })
    expect(await within(provenance).findByText('ghcr.io/acme-immunology/netmhcpan-binding:4.1.1')).toBeInTheDocument()
    expect(within(provenance).getByText(/^sha256:/)).toBeInTheDocument()
    expect(within(provenance).getByText('Signature valid')).toBeInTheDocument()
    expect(
      within(screen.getByRole('region', { name: 'Permissions' })).getByText('services.healthtech.dtu.dk'),
    ).toBeInTheDocument()
    expect(within(screen.getByRole('region', { name: 'Resources' })).getByText('4,096 MB')).toBeInTheDocument()
    expect(within(screen.getByRole('region', { name: 'Pricing' })).getByText('0.35 ACT')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Run module' })).toHaveAttribute('href', '/modules/netmhcpan-binding/run')
  })

  it('explains why a version was rejected: code, findings by severity and the remediation', async () => {
    renderRoute('/modules/spectral-library-search?tab=versions', { as: 'developer' })
    const why = await screen.findByRole('note', { name: 'Why v2.4.0 was rejected' })
    expect(within(why).getByText('SECURITY_SCAN_FAILED')).toBeInTheDocument()
    expect(within(why).getByText(/Fix the HIGH\/CRITICAL findings/)).toBeInTheDocument()
    const pipeline = screen.getByRole('list', { name: 'Intake pipeline of v2.4.0' })
    const findings = within(pipeline).getByRole('list', { name: 'Findings by severity' })
    expect(
      within(findings)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Critical: 1', 'High: 3', 'Medium: 7', 'Low: 12'])
    expect(within(pipeline).getAllByText('skipped')).toHaveLength(3)
  })

  it('lists the module’s runs in the organization with links to each run and its place in the URL', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/modules/peptide-length-qc?tab=runs', { as: 'scientist' })
    const table = await screen.findByRole('table', { name: 'Runs of Peptide Length QC' })
    expect(within(table).getByRole('link', { name: 'mr-000004' })).toHaveAttribute('href', '/runs/mr-000004')
    expect(screen.getByText('Runs 1–6 of 6')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled()
    await user.click(screen.getByRole('tab', { name: 'Versions' }))
    expect(router.state.location.search).toBe('?tab=versions')
  })

  it('offers the first page when a stale link points past the last run', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/modules/peptide-length-qc?tab=runs&runsPage=5', { as: 'scientist' })
    await user.click(await screen.findByRole('button', { name: 'First page' }))
    expect(await screen.findByText('Runs 1–6 of 6')).toBeInTheDocument()
    expect(router.state.location.search).toBe('?tab=runs')
  })

  it('shows the manifest as a collapsible tree', async () => {
    const user = userEvent.setup()
    renderRoute('/modules/hla-typing-optitype?tab=manifest', { as: 'developer' })
    const tree = await screen.findByRole('list', { name: 'Manifest of v1.2.1' })
    await user.click(within(tree).getByRole('button', { name: /"inputs"/ }))
    expect(within(tree).getByRole('button', { name: /"sample_id"/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Copy manifest JSON' })).toBeInTheDocument()
  })

  it('says a module outside the organization’s grants is not found, with a way back', async () => {
    renderRoute('/modules/peptide-atlas-explorer', { as: 'scientist' })
    expect(await screen.findByText('Not found')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to the catalog' })).toHaveAttribute('href', '/modules')
  })
})
