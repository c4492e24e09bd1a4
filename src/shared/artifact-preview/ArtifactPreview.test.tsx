import { screen, waitFor, within } from '@testing-library/react'
import { http as mock, HttpResponse } from 'msw'
import { server } from '../../../mocks/node'
import { API_BASE } from '@/shared/contract/apiBase'
import type { Artifact } from '@/shared/contract/artifacts'
import { apiPaths } from '@/shared/contract/paths'
import { renderSignedIn } from '@/test/renderRoute'
import { ArtifactPreview } from './ArtifactPreview'

vi.mock('./rasterizeSvg', () => ({
  rasterizeSvg: async () => ({ blob: new Blob(['drawn'], { type: 'image/png' }), width: 200, height: 80 }),
}))

const RUN = 'run-000020'
const CONTENT_PATH = apiPaths.workflowRunArtifactContent(RUN)
const artifact = (name: string, contentType: string, sizeBytes = 100): Artifact => ({
  name,
  uri: `s3://bucket/${name}`,
  sizeBytes,
  checksum: 'sha256:0',
  contentType,
})

/** The content endpoint answers `body` for this test, as a server that honours Range would for a small file. */
function serve(body: string | Uint8Array, contentType: string) {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body
  server.use(
    mock.get(`${API_BASE}${CONTENT_PATH}`, () =>
      HttpResponse.arrayBuffer(bytes.slice().buffer, {
        status: 206,
        headers: { 'Content-Type': contentType, 'Content-Range': `bytes 0-${bytes.length - 1}/${bytes.length}` },
      }),
    ),
  )
}

const preview = (item: Artifact) =>
  renderSignedIn(<ArtifactPreview artifact={item} contentPath={CONTENT_PATH} />, { as: 'scientist' })

beforeEach(() => {
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:preview'), revokeObjectURL: vi.fn() })
})

describe('ArtifactPreview', () => {
  it('shows a TSV as a table of its first 100 rows and counts the rows not shown', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `PEP${i}\t${i}`)
    serve(['peptide\tscore', ...rows].join('\n') + '\n', 'text/tab-separated-values')
    await preview(artifact('peptides.tsv', 'text/tab-separated-values'))
    const table = await screen.findByRole('table', { name: 'Content of peptides.tsv' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['#', 'peptide', 'score'])
    expect(within(table).getAllByRole('row')).toHaveLength(101)
    expect(screen.getByText('100 of 150 rows shown; 50 more rows not shown.')).toBeInTheDocument()
  })

  it('reads only the first MiB of a large file and says how much of it is shown (demo data)', async () => {
    const peptides: Artifact = {
      ...artifact('peptides.tsv', 'text/tab-separated-values', 1_549_377),
      uri: 's3://hla-compass-demo-data/workflow-files/wf-immunopeptidomics-discovery/run-000034/library-search/peptides.tsv',
    }
    await renderSignedIn(
      <ArtifactPreview artifact={peptides} contentPath={apiPaths.workflowRunArtifactContent('run-000034')} />,
      {
        as: 'scientist',
      },
    )
    expect(await screen.findByText('First 1 MiB of 1.5 MiB shown. Download the file for the rest.')).toBeInTheDocument()
    expect(
      screen.getByText(/^100 of [\d,]+ rows shown; [\d,]+ more rows not shown in the part read \(the file has more\)\.$/),
    ).toBeInTheDocument()
  })

  it('shows JSON as a tree, and broken JSON as text with the reason', async () => {
    serve('{"clusters": [{"id": 1, "allele": "HLA-A*02:01"}]}', 'application/json')
    const { unmount } = await preview(artifact('clusters.json', 'application/json'))
    const tree = await screen.findByRole('list', { name: 'Content of clusters.json' })
    expect(within(tree).getByRole('button', { name: /"clusters":\s*\[ 1 item \]/ })).toBeInTheDocument()
    unmount()
    serve('{"peptides": [1, 2,,', 'application/json')
    await preview(artifact('invalid.json', 'application/json'))
    expect(await screen.findByText(/^This file is not valid JSON \(.+\); it is shown as text\.$/)).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Content of invalid.json' })).toHaveTextContent('{"peptides": [1, 2,,')
  })

  it('renders Markdown without its raw HTML, with links only to https and images not loaded', async () => {
    serve(
      [
        '# Results <img src=x onerror=alert(1)>',
        '',
        '<script>alert(2)</script>',
        '',
        'See [the method](https://example.org/method), [a trap](javascript:alert(3)), [plain](http://example.org).',
        '',
        '![a pixel](https://tracker.example/pixel.png) <b onclick="alert(4)">bold html</b> **bold markdown**',
      ].join('\n'),
      'text/markdown',
    )
    const { container } = await preview(artifact('report.md', 'text/markdown'))
    const document = await screen.findByRole('article', { name: 'Content of report.md' })
    expect(within(document).getByRole('heading', { name: 'Results' })).toBeInTheDocument()
    expect(
      within(document)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['https://example.org/method'])
    expect(within(document).getByText('a trap')).toBeInTheDocument()
    expect(within(document).getByText('[image not loaded: a pixel]')).toBeInTheDocument()
    expect(within(document).getByText('bold markdown').tagName).toBe('STRONG')
    expect(container.querySelector('script, img, b, [onclick], [onerror]')).toBeNull()
  })

  it('puts HTML in a frame sandboxed without scripts, with a policy that loads nothing remote', async () => {
    serve('<h1 onclick="alert(1)">Report</h1><script>alert(2)</script><img src="https://tracker.example/p.png">', 'text/html')
    await preview(artifact('report.html', 'text/html'))
    const frame = await screen.findByTitle('Content of report.html')
    expect(frame.tagName).toBe('IFRAME')
    expect(frame.getAttribute('sandbox')).toBe('')
    const srcdoc = frame.getAttribute('srcdoc') ?? ''
    expect(srcdoc).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:;`)
    expect(srcdoc).toContain('<h1>Report</h1>')
    expect(srcdoc).not.toMatch(/<script|onclick|tracker\.example/)
  })

  it('shows a PNG as an image of its bytes, and an SVG drawn into one, never inline', async () => {
    serve(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'image/png')
    const { unmount } = await preview(artifact('plot.png', 'image/png'))
    expect(await screen.findByRole('img', { name: 'plot.png' })).toHaveAttribute('src', 'blob:preview')
    unmount()
    serve('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>', 'image/svg+xml')
    const { container } = await preview(artifact('logo.svg', 'image/svg+xml'))
    expect(await screen.findByRole('img', { name: 'logo.svg' })).toHaveAttribute('src', 'blob:preview')
    expect(container.querySelector('svg script, [onload]')).toBeNull()
  })

  it('describes a binary file without reading it', async () => {
    server.use(mock.get(`${API_BASE}${CONTENT_PATH}`, () => HttpResponse.error()))
    await preview(artifact('psms.parquet', 'application/vnd.apache.parquet'))
    expect(
      screen.getByText(/^No preview for application\/vnd\.apache\.parquet: its facts are above\. Download the file/),
    ).toBeInTheDocument()
  })

  it('explains a failed read with its code and request id, and says when a file is empty or not UTF-8', async () => {
    server.use(
      mock.get(`${API_BASE}${CONTENT_PATH}`, () =>
        HttpResponse.json(
          { error: { code: 'FORBIDDEN', message: 'No grant for this data.', requestId: 'req-403' } },
          { status: 403 },
        ),
      ),
    )
    const { unmount } = await preview(artifact('hla_types.tsv', 'text/tab-separated-values'))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('No grant for this data.')
    expect(alert).toHaveTextContent('req-403')
    unmount()
    serve(new Uint8Array([0x61, 0xff, 0x62, 0x0a]), 'text/plain')
    await preview(artifact('notes.txt', 'text/plain'))
    expect(await screen.findByText('Some bytes of this file are not UTF-8 text: each is shown as “�”.')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('region', { name: 'Content of notes.txt' })).toHaveTextContent('a�b'))
  })
})
