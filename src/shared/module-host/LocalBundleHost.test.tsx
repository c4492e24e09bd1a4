import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setHttpSleep } from '@/shared/api/http'
import { API_BASE } from '@/shared/contract/apiBase'
import { renderRoute } from '@/test/renderRoute'
import { resetDemo } from '../../../mocks/testing'
import { readLocalBundle } from './localBundles'

const DEVKIT = { devkit: { apiKey: null } }
const WITH_UI = { name: 'peptide-viewer', version: '0.1.0', type: 'with-ui', ui: { distPath: 'ui/dist', globals: ['antd@5'] } }

beforeEach(async () => {
  setHttpSleep(async () => undefined)
  sessionStorage.clear()
  resetDemo('devkit')
  const init = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(WITH_UI) }
  expect((await fetch(`${API_BASE}/v1/devkit/modules`, init)).status).toBe(200)
})

describe('the UI of a with-ui module on a devkit API', () => {
  it('asks once for a localhost bundle URL, refuses any other, and remembers it for the module', async () => {
    const { unmount } = renderRoute('/modules/peptide-viewer/run', DEVKIT)
    const form = await screen.findByRole('form', { name: 'Local bundle' })
    // The manifest's `ui.globals` is proposed.
    expect(within(form).getByRole('textbox', { name: 'ui.globals' })).toHaveValue('antd@5')
    const url = within(form).getByRole('textbox', { name: 'Bundle URL (localhost only)' })
    await userEvent.type(url, 'https://cdn.example.com/bundle.js')
    await userEvent.click(within(form).getByRole('button', { name: 'Mount bundle' }))
    expect(await within(form).findByText(/^Only http:\/\/localhost/)).toBeInTheDocument()
    expect(readLocalBundle('peptide-viewer')).toBeNull()

    await userEvent.clear(url)
    await userEvent.type(url, 'http://localhost:8090/bundle.js')
    await userEvent.click(within(form).getByRole('button', { name: 'Mount bundle' }))
    expect(await screen.findByText('DEV OVERRIDE http://localhost:8090/bundle.js')).toBeInTheDocument()
    expect(readLocalBundle('peptide-viewer')).toEqual({ url: 'http://localhost:8090/bundle.js', globals: ['antd@5'] })
    unmount()

    // Another page of the same module mounts it at once; the URL can still be changed.
    renderRoute('/modules/peptide-viewer/run', DEVKIT)
    expect(await screen.findByText('DEV OVERRIDE http://localhost:8090/bundle.js')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Change bundle URL' }))
    expect(screen.getByRole('textbox', { name: 'Bundle URL (localhost only)' })).toHaveValue('http://localhost:8090/bundle.js')
  })
})
