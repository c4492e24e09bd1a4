import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as mock, HttpResponse } from 'msw'
import { server } from '../../../../mocks/node'
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

  describe('an intake still running (neoantigen-ranker v0.2.0 validates in the demo)', () => {
    const KEYS = ['digest', 'mirror', 'scan', 'manifest', 'ui', 'policy'] as const
    const steps = (scan: { status: string; message: string }) =>
      KEYS.map((key, i) => ({
        key,
        status: i < 2 ? 'passed' : key === 'scan' ? scan.status : scan.status === 'failed' ? 'skipped' : 'pending',
        startedAt: i <= 2 ? '2026-01-15T11:00:00.000Z' : null,
        finishedAt: i < 2 || scan.status === 'failed' ? (i <= 2 ? '2026-01-15T11:01:00.000Z' : null) : null,
        message: key === 'scan' ? scan.message : '',
      }))
    const watch = () => {
      const asked = { publish: 0, versions: 0 }
      const count = ({ request }: { request: Request }) => {
        const path = new URL(request.url).pathname
        if (path.includes('/v1/modules/publish/')) asked.publish += 1
        if (path.endsWith('/neoantigen-ranker/versions')) asked.versions += 1
      }
      server.events.on('request:start', count)
      return asked
    }
    afterEach(() => server.events.removeAllListeners())

    it('follows it for a developer through the platform’s publish status, and reads the versions again once it ends', async () => {
      let answer: Record<string, unknown> = {
        status: 'VALIDATING',
        steps: steps({ status: 'running', message: 'Scanning layer 3 of 9' }),
      }
      server.use(
        mock.get('/api/v1/modules/publish/:publishId', ({ params }) =>
          HttpResponse.json({ publishId: params.publishId, moduleId: 'neoantigen-ranker', version: '0.2.0', ...answer }),
        ),
      )
      const asked = watch()
      const { queryClient } = renderRoute('/modules/neoantigen-ranker?tab=versions', { as: 'developer' })
      const pipeline = await screen.findByRole('list', { name: 'Intake pipeline of v0.2.0' })
      expect(await within(pipeline).findByText('Scanning layer 3 of 9')).toBeInTheDocument()
      expect(asked.publish).toBeGreaterThan(0)

      // The scan fails: the card says so at once, and the whole record is read again.
      answer = {
        status: 'REJECTED',
        steps: steps({ status: 'failed', message: '2 critical findings' }),
        errorCode: 'SECURITY_SCAN_FAILED',
      }
      const versionsBefore = asked.versions
      await queryClient.invalidateQueries({ queryKey: ['modules', 'publish'] })
      expect(await within(pipeline).findByText('2 critical findings')).toBeInTheDocument()
      await waitFor(() => expect(asked.versions).toBeGreaterThan(versionsBefore))
    })

    it('explains on the version’s card when the intake’s progress cannot be read, keeping the last state', async () => {
      server.use(
        mock.get('/api/v1/modules/publish/:publishId', () =>
          HttpResponse.json({ error: { code: 'NOT_FOUND', message: 'No such publish.', requestId: 'req-pub' } }, { status: 404 }),
        ),
      )
      renderRoute('/modules/neoantigen-ranker?tab=versions', { as: 'developer' })
      const card = await screen.findByRole('region', { name: /^v0\.2\.0/ })
      const alert = await within(card).findByRole('alert')
      expect(alert).toHaveTextContent(/The intake's progress could not be read/)
      expect(alert).toHaveTextContent('NOT_FOUND')
      expect(alert).toHaveTextContent('req-pub')
      expect(within(card).getByRole('list', { name: 'Intake pipeline of v0.2.0' })).toBeInTheDocument()
    })

    it('never asks a scientist’s session for a publish status it may not read (api-contract §3)', async () => {
      const asked = watch()
      renderRoute('/modules/neoantigen-ranker?tab=versions', { as: 'scientist' })
      await screen.findByRole('list', { name: 'Intake pipeline of v0.2.0' })
      expect(asked.publish).toBe(0)
    })
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
