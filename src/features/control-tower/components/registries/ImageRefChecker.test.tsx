import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setHttpSleep } from '@/shared/api/http'
import { MESSAGES } from '@/shared/contract/imageRef'
import { renderSignedIn } from '@/test/renderRoute'
import { RegistriesTab } from './RegistriesTab'

beforeEach(() => setHttpSleep(async () => undefined))

/** The checker as a developer of Acme Immunology (org-0002) meets it: inside the read-only Registries tab. */
async function renderChecker() {
  await renderSignedIn(<RegistriesTab orgId="org-0002" />, { as: 'developer' })
  await screen.findByRole('table', { name: 'Registries' })
  const checker = await screen.findByRole('form', { name: 'Image-reference checker' }) // a lazy part, after the table
  return { checker, input: within(checker).getByRole('textbox', { name: 'Image reference' }) }
}

async function check(checker: HTMLElement, input: HTMLElement, reference: string) {
  await userEvent.clear(input)
  await userEvent.type(input, reference)
  await userEvent.click(within(checker).getByRole('button', { name: 'Check' }))
}

describe('ImageRefChecker', () => {
  it('allows an image under a seeded pattern and names the registry and the pattern', async () => {
    const { checker, input } = await renderChecker()
    await userEvent.type(input, 'ghcr.io/acme-immuno/x:1.0')
    expect(within(checker).getByText(/Preview: repository ghcr\.io\/acme-immuno\/x\./)).toBeInTheDocument()
    await userEvent.click(within(checker).getByRole('button', { name: 'Check' }))
    const verdict = await within(checker).findByRole('status')
    expect(verdict).toHaveTextContent('Allowed')
    expect(verdict).toHaveTextContent(
      'ghcr.io/acme-immuno/x:1.0 is allowed by the pattern ghcr.io/acme-immuno/* of the registry ghcr.io (reg-0003)',
    )
  })

  it('refuses a look-alike account with REGISTRY_UNAUTHORIZED and the server message', async () => {
    const { checker, input } = await renderChecker()
    await check(checker, input, 'ghcr.io/my-org-evil/x:1.0')
    const verdict = await within(checker).findByRole('status')
    expect(verdict).toHaveTextContent('Refused: REGISTRY_UNAUTHORIZED')
    expect(verdict).toHaveTextContent(MESSAGES.M13('ghcr.io/my-org-evil/x'))
  })

  it('previews an invalid reference at once and the server refuses it with INVALID_IMAGE_REFERENCE', async () => {
    const { checker, input } = await renderChecker()
    await userEvent.type(input, 'ghcr.io/My-Org/x:1.0')
    expect(within(checker).getByText(`Preview: ${MESSAGES.M5('ghcr.io/my-org/x:1.0')}`)).toBeInTheDocument()
    await userEvent.click(within(checker).getByRole('button', { name: 'Check' }))
    const verdict = await within(checker).findByRole('status')
    expect(verdict).toHaveTextContent('Refused: INVALID_IMAGE_REFERENCE')
    expect(verdict).toHaveTextContent(MESSAGES.M5('ghcr.io/my-org/x:1.0'))
  })

  it('drops the previous answer as soon as the reference changes', async () => {
    const { checker, input } = await renderChecker()
    await check(checker, input, 'ghcr.io/acme-immuno/x:1.0')
    await within(checker).findByRole('status')
    await userEvent.type(input, 'y')
    expect(within(checker).queryByRole('status')).not.toBeInTheDocument()
  })
})
