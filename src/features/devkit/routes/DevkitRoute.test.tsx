import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setHttpSleep } from '@/shared/api/http'
import { API_BASE } from '@/shared/contract/apiBase'
import { renderRoute } from '@/test/renderRoute'
import { resetDemo } from '../../../../mocks/testing'

const DEVKIT = { devkit: { apiKey: null } }

beforeEach(() => setHttpSleep(async () => undefined))

/** The ids the devkit API lists, asked directly (what any other client would see). */
async function listedIds(): Promise<string[]> {
  const body = (await (await fetch(`${API_BASE}/v1/modules`)).json()) as { items: { id: string }[] }
  return body.items.map((item) => item.id)
}

async function pasteManifest(text: string) {
  const box = await screen.findByRole('textbox', { name: 'manifest.json' })
  await userEvent.clear(box)
  await userEvent.click(box)
  await userEvent.paste(text)
}

describe('the local devkit page', () => {
  it('shows a stub without its services as degraded, the normal state, with each service’s message', async () => {
    resetDemo('devkit')
    renderRoute('/devkit', DEVKIT)
    const health = await screen.findByRole('region', { name: 'Devkit API health' })
    expect(await within(health).findByText('degraded')).toBeInTheDocument()
    expect(within(health).getByText(/Degraded is the normal state/)).toBeInTheDocument()
    const services = within(health).getByRole('list', { name: 'Services' })
    expect(within(services).getByText('postgres')).toBeInTheDocument()
    expect(within(services).getByText('minio')).toBeInTheDocument()
    expect(within(services).getAllByText('Connection refused')).toHaveLength(2)
    // The slow full check runs only when asked, and adds what the API counts.
    await userEvent.click(within(health).getByRole('button', { name: 'Run the full health check' }))
    expect(await within(health).findByText(/1 registered manifest · 0 runs kept by the API/)).toBeInTheDocument()
  })

  it('names every problem of a manifest by its field and sends nothing until they are fixed', async () => {
    resetDemo('devkit')
    renderRoute('/devkit', DEVKIT)
    await pasteManifest('{"type": "with-iu"}')
    await userEvent.click(screen.getByRole('button', { name: 'Register' }))
    const problems = await screen.findByRole('list', { name: 'Manifest problems' })
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'name: Required: the module’s name (text).',
      'version: Required: the version being developed, e.g. "0.1.0" (text).',
      'type: One of "no-ui", "with-ui".',
    ])
    expect(screen.getByRole('textbox', { name: 'manifest.json' })).toHaveValue('{"type": "with-iu"}')
    expect(await listedIds()).toEqual(['local-devkit-example'])
  })

  it('registers a manifest, lists it here and in the catalog, and removes it after a confirmation', async () => {
    resetDemo('devkit')
    renderRoute('/devkit', DEVKIT)
    await userEvent.click(await screen.findByRole('button', { name: 'Fill in an example with a UI' }))
    await userEvent.click(screen.getByRole('button', { name: 'Register' }))
    const done = await screen.findByRole('status', { name: 'Registered' })
    expect(done).toHaveTextContent('Registered peptide-viewer 0.1.0 as peptide-viewer.')
    expect(within(done).getByRole('link', { name: 'run it' })).toHaveAttribute('href', '/modules/peptide-viewer/run')
    const table = screen.getByRole('table', { name: 'Registered manifests' })
    expect(await within(table).findByRole('link', { name: 'peptide-viewer' })).toHaveAttribute('href', '/modules/peptide-viewer')
    expect(await listedIds()).toEqual(['local-devkit-example', 'peptide-viewer'])

    await userEvent.click(within(table).getByRole('button', { name: 'Remove peptide-viewer' }))
    const dialog = await screen.findByRole('dialog', { name: 'Remove peptide-viewer?' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }))
    await waitFor(() => expect(within(table).queryByRole('link', { name: 'peptide-viewer' })).not.toBeInTheDocument())
    expect(await listedIds()).toEqual(['local-devkit-example'])
  })

  it('explains a refused API key and keeps the manifest typed', async () => {
    resetDemo('devkit-key')
    renderRoute('/devkit', DEVKIT)
    await pasteManifest('{"name": "mine", "version": "0.0.1"}')
    await userEvent.click(screen.getByRole('button', { name: 'Register' }))
    const title = await screen.findByText('The devkit API did not register the manifest')
    const refused = title.closest('[role="alert"]')
    expect(refused).toHaveTextContent('The devkit API did not register the manifest')
    expect(refused).toHaveTextContent('API_KEY_REFUSED')
    expect(screen.getByRole('textbox', { name: 'manifest.json' })).toHaveValue('{"name": "mine", "version": "0.0.1"}')
    expect(await listedIds()).toEqual(['local-devkit-example'])
  })
})
