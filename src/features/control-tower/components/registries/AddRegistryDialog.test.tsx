import { screen, within, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as mock, HttpResponse } from 'msw'
import { setHttpSleep } from '@/shared/api/http'
import { API_BASE } from '@/shared/contract/apiBase'
import { MESSAGES } from '@/shared/contract/imageRef'
import { renderSignedIn } from '@/test/renderRoute'
import { server } from '../../../../../mocks/node'
import { RegistriesTab } from './RegistriesTab'

const SECRET = 'ghp_Sup3rSecretTokenForTheTest0123'
const CREATE = `${API_BASE}/v1/organizations/org-0002/registries`

beforeEach(() => setHttpSleep(async () => undefined))

async function renderTab() {
  const { queryClient } = await renderSignedIn(<RegistriesTab orgId="org-0002" />, { as: 'superuser' })
  await screen.findByRole('table', { name: 'Registries' })
  await userEvent.click(screen.getByRole('button', { name: 'Add registry' }))
  return { queryClient, dialog: await screen.findByRole('dialog', { name: 'Add registry' }) }
}

const registryRows = () =>
  within(screen.getByRole('table', { name: 'Registries' }))
    .getAllByRole('row')
    .slice(1)

async function addPattern(dialog: HTMLElement, pattern: string) {
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'Namespace pattern' }), `${pattern}{Enter}`)
}

async function fillPrivateGhcr(dialog: HTMLElement) {
  await addPattern(dialog, 'ghcr.io/my-org/*')
  await userEvent.click(within(dialog).getByRole('switch', { name: /Private registry/ }))
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'GitHub username' }), 'my-org-ci')
  // Pasted, as people do with tokens (and typing 34 characters one by one is slow in jsdom).
  await userEvent.click(within(dialog).getByLabelText('Personal access token (classic)'))
  await userEvent.paste(SECRET)
}

describe('AddRegistryDialog', () => {
  it('adds a private GHCR registry after a passing test and keeps the secret out of the DOM and the caches', async () => {
    const { queryClient, dialog } = await renderTab()
    await fillPrivateGhcr(dialog)
    expect(within(dialog).getByText(/ghcr\.io\/my-org\/module:1\.0 would match \(ghcr\.io\/my-org\/\*\)/)).toBeInTheDocument()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Test connection' }))
    expect(
      await within(dialog).findByText('The registry answered and the credential may pull.', { exact: false }),
    ).toBeInTheDocument()

    await userEvent.click(within(dialog).getByRole('button', { name: 'Save registry' }))
    expect(await screen.findByText(/Added ghcr\.io \(reg-\d+\)\. It stays disabled/)).toBeInTheDocument()
    expect(screen.queryByRole('dialog', { name: 'Add registry' })).not.toBeInTheDocument()
    await waitFor(() => expect(registryRows()).toHaveLength(6))
    const added = registryRows()[5]!
    await userEvent.click(within(added).getByRole('button', { name: /1 pattern of ghcr\.io/ }))
    expect(screen.getAllByText('ghcr.io/my-org/*').length).toBeGreaterThan(0)
    expect(within(added).getByRole('switch')).not.toBeChecked()

    expect(document.body.innerHTML).not.toContain(SECRET)
    expect(
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map((query) => query.state.data),
      ),
    ).not.toContain(SECRET)
    expect(
      JSON.stringify(
        queryClient
          .getMutationCache()
          .getAll()
          .map((mutation) => mutation.state),
      ),
    ).not.toContain(SECRET)
  })

  it('validates patterns while they are typed, with the exact messages', async () => {
    const { dialog } = await renderTab()
    const input = within(dialog).getByRole('textbox', { name: 'Namespace pattern' })
    const add = within(dialog).getByRole('button', { name: 'Add pattern' })
    await userEvent.type(input, 'ghcr.io/*')
    expect(within(dialog).getByText(MESSAGES.M11('ghcr.io'))).toBeInTheDocument()
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(add).toBeDisabled()

    await userEvent.clear(input)
    await userEvent.type(input, 'ghcr.io/my-org')
    expect(within(dialog).getByText(MESSAGES.W1('ghcr.io/my-org'))).toBeInTheDocument()
    expect(input).toHaveAttribute('aria-invalid', 'false')
    await userEvent.click(add)
    await userEvent.type(input, 'GHCR.IO/my-org')
    expect(within(dialog).getByText(MESSAGES.M14('ghcr.io/my-org'))).toBeInTheDocument()
    expect(add).toBeDisabled()
  })

  it('puts a 422 on the pattern it names', async () => {
    server.use(
      mock.post(
        CREATE,
        () =>
          HttpResponse.json(
            {
              error: {
                code: 'VALIDATION_FAILED',
                message: 'Namespace pattern is invalid.',
                details: { fields: [{ field: 'namespaces[0]', message: 'This namespace is reserved.' }] },
                requestId: 'req-422',
              },
            },
            { status: 422 },
          ),
        { once: true },
      ),
    )
    const { dialog } = await renderTab()
    await addPattern(dialog, 'ghcr.io/my-org/*')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save registry' }))
    expect(await within(dialog).findByText('ghcr.io/my-org/*: This namespace is reserved.')).toBeInTheDocument()
    expect(within(dialog).getByText('Correct the highlighted fields and save again.')).toBeInTheDocument()
  })

  it('explains a duplicate pattern (409) by naming the registry that owns it', async () => {
    const { dialog } = await renderTab()
    await addPattern(dialog, 'ghcr.io/acme-immuno/*')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save registry' }))
    const alert = await within(dialog).findByText('Pattern already registered')
    expect(alert.closest('[role="alert"]')).toHaveTextContent(/already belongs to the ghcr\.io registry reg-0003/)
    expect(
      within(dialog).getByText('ghcr.io/acme-immuno/*: Already registered by the ghcr.io registry reg-0003.'),
    ).toBeInTheDocument()
  })

  it('keeps everything typed when saving fails with 503, and a retry with the same key creates exactly one', async () => {
    const keys: string[] = []
    let failures = 4 // the first attempt and http()'s three automatic retries
    server.use(
      mock.post(CREATE, ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key') ?? '')
        if (failures-- > 0)
          return HttpResponse.json(
            { error: { code: 'INTERNAL', message: 'The registry store is unavailable.' } },
            { status: 503 },
          )
        return undefined // on to the demo backend
      }),
    )
    const { dialog } = await renderTab()
    await fillPrivateGhcr(dialog)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save registry' }))
    expect(await within(dialog).findByText('The registry store is unavailable.')).toBeInTheDocument()
    expect(within(dialog).getByRole('textbox', { name: 'GitHub username' })).toHaveValue('my-org-ci')
    expect(within(dialog).getByLabelText('Personal access token (classic)')).toHaveValue(SECRET)
    expect(within(dialog).getByText('ghcr.io/my-org/*')).toBeInTheDocument()

    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText(/Added ghcr\.io \(reg-\d+\)/)).toBeInTheDocument()
    expect(keys).toHaveLength(5)
    expect(new Set(keys).size).toBe(1)
    await waitFor(() => expect(registryRows()).toHaveLength(6))
  })
})
