import { screen } from '@testing-library/react'
import { setHttpSleep } from '@/shared/api/http'
import { API_BASE } from '@/shared/contract/apiBase'
import { renderRoute } from '@/test/renderRoute'
import { resetDemo } from '../../../../mocks/testing'

const DEVKIT = { devkit: { apiKey: null } }
const MANIFEST = {
  name: 'my-peptide-tool',
  version: '0.2.0',
  type: 'no-ui',
  description: 'Counts peptides.',
  inputs: {
    type: 'object',
    required: ['minLength'],
    properties: { minLength: { type: 'integer', title: 'Minimum length', default: 8 } },
  },
}

beforeEach(async () => {
  setHttpSleep(async () => undefined)
  resetDemo('devkit')
  const registered = await fetch(`${API_BASE}/v1/devkit/modules`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(MANIFEST),
  })
  expect(registered.status).toBe(200)
})

describe('a module of a devkit API, which has no GET /v1/modules/{id}', () => {
  it('shows the module read from its list item', async () => {
    renderRoute('/modules/local-devkit-example', DEVKIT)
    expect(await screen.findByRole('heading', { name: 'Local Devkit Example', level: 1 })).toBeInTheDocument()
    expect(screen.getByText(/current version v0\.1\.0/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Run module' })).toHaveAttribute('href', '/modules/local-devkit-example/run')
  })

  it('builds the launch form from the manifest in the list item', async () => {
    renderRoute('/modules/my-peptide-tool/run', DEVKIT)
    expect(await screen.findByRole('textbox', { name: 'Minimum length' })).toHaveValue('8')
    expect(screen.getByRole('button', { name: 'Start run' })).toBeInTheDocument()
  })

  it('still says not found for a module the devkit does not list', async () => {
    renderRoute('/modules/nope', DEVKIT)
    expect(await screen.findByText(/The devkit API lists no module “nope”/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to the catalog' })).toBeInTheDocument()
  })
})
