import { refusalOf, type HostFetchRequest } from './hostFetch'

const scope = {
  moduleId: 'immunopeptidome-report',
  version: '2.0.3',
  isKnownRun: (runId: string) => runId === 'mr-000045' || runId === 'mr-created',
  dataAccess: ['alithea-bio/immunopeptidomics/peptides'],
}
const get = (path: string): HostFetchRequest => ({ path, method: 'GET', headers: {} })

describe('scoped host fetch (module-ui-contract §5)', () => {
  it('allows the mounted run, runs this UI created, and declared datasets', () => {
    for (const path of [
      '/v1/module-runs/mr-000045',
      '/v1/module-runs/mr-created/result',
      '/v1/module-runs/mr-000045/logs?order=asc',
    ])
      expect(refusalOf(get(path), scope), path).toBeNull()
    expect(refusalOf(get('/data/alithea-bio/immunopeptidomics/peptides/page-1'), scope)).toBeNull()
    const start = { path: '/v1/module-runs', method: 'POST' as const, body: { moduleId: 'immunopeptidome-report' }, headers: {} }
    expect(refusalOf(start, scope)).toBeNull()
  })

  it.each([
    '/v1/module-runs/mr-000046',
    '/v1/organizations',
    '/v1/me',
    '/data/alithea-bio/immunopeptidomics/peptides-secret',
    '/data/alithea-bio/other',
    'https://evil.example/v1/module-runs/mr-000045',
    '//evil.example/v1/module-runs/mr-000045',
    '/v1/module-runs/mr-000045/../../organizations',
    '/v1/module-runs/mr-000045%2F..%2Forganizations',
    '/v1/module-runs/mr-000045#x',
    '/v1\\module-runs',
  ])('refuses %s', (path) => {
    expect(refusalOf(get(path), scope)).not.toBeNull()
  })

  it('refuses starting runs of another module', () => {
    const start = { path: '/v1/module-runs', method: 'POST' as const, body: { moduleId: 'netmhcpan-binding' }, headers: {} }
    expect(refusalOf(start, scope)).toMatch(/itself/)
  })
})
