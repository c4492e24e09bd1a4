import { screen, within, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setHttpSleep } from '@/shared/api/http'
import { type DemoPersona, renderSignedIn } from '@/test/renderRoute'
import { RegistriesTab } from './RegistriesTab'

beforeEach(() => setHttpSleep(async () => undefined))

async function renderTab(as: DemoPersona) {
  const { queryClient } = await renderSignedIn(<RegistriesTab orgId="org-0002" />, { as })
  return { queryClient }
}

const table = () => screen.getByRole('table', { name: 'Registries' })
const rowOf = (registryId: string) => {
  const row = within(table())
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('switch', { name: new RegExp(`\\(${registryId}\\)`) }))
  if (!row) throw new Error(`no row for ${registryId}`)
  return row
}
const openAction = async (host: string, registryId: string, action: string) => {
  await userEvent.click(screen.getByRole('button', { name: `Actions for ${host} (${registryId})` }))
  await userEvent.click(await screen.findByRole('menuitem', { name: action }))
}

describe('RegistriesTab', () => {
  it('lists the registries with provider, host, pattern count, credential and last test', async () => {
    await renderTab('admin')
    await screen.findByRole('table', { name: 'Registries' })
    expect(within(table()).getAllByRole('row')).toHaveLength(6)
    const hub = rowOf('reg-0004')
    expect(hub).toHaveTextContent('Docker Hub')
    expect(hub).toHaveTextContent('docker.io')
    expect(hub).toHaveTextContent('none')
    expect(hub).toHaveTextContent('OK')
    await userEvent.click(within(hub).getByRole('button', { name: /1 pattern of docker\.io/ }))
    expect(screen.getByRole('list', { name: 'Patterns of docker.io' })).toHaveTextContent('docker.io/acmeimmuno/*')
    expect(rowOf('reg-0003')).toHaveTextContent(/Secret •••• set/)
    expect(screen.getByRole('button', { name: 'Add registry' })).toBeInTheDocument()
  })

  it('fits a narrow screen: the last use waits in the column menu, the switch and the actions stay (jsdom: 1,024 px)', async () => {
    await renderTab('admin')
    await screen.findByRole('table', { name: 'Registries' })
    const headers = () =>
      within(table())
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent)
    expect(headers()).toEqual(['Registry', 'Patterns', 'Credential', 'Last tested', 'Enabled', 'Actions'])
    await userEvent.click(await screen.findByRole('button', { name: 'Columns (1 hidden)' }))
    const menu = await screen.findByRole('menu', { name: 'Columns of Registries' })
    expect(
      within(menu)
        .getAllByRole('menuitemcheckbox')
        .map((item) => item.textContent),
    ).toEqual(['Credential', 'Last tested', 'Last used'])
    await userEvent.click(within(menu).getByRole('menuitemcheckbox', { name: 'Last used' }))
    await userEvent.keyboard('{Escape}')
    expect(headers()).toEqual(['Registry', 'Patterns', 'Credential', 'Last tested', 'Last used', 'Enabled', 'Actions'])
    // A row's patterns open across every column shown.
    await userEvent.click(within(rowOf('reg-0004')).getByRole('button', { name: /1 pattern of docker\.io/ }))
    expect(screen.getByRole('list', { name: 'Patterns of docker.io' }).closest('td')).toHaveAttribute('colspan', '7')
  })

  it('shows a developer the list and the checker read-only', async () => {
    await renderTab('developer')
    await screen.findByRole('table', { name: 'Registries' })
    expect(screen.queryByRole('button', { name: 'Add registry' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Actions for/ })).not.toBeInTheDocument()
    expect(within(rowOf('reg-0003')).getByRole('switch')).toBeDisabled()
    expect(screen.getByRole('form', { name: 'Image-reference checker' })).toBeInTheDocument()
  })

  it('explains to a scientist which role is missing', async () => {
    await renderTab('scientist')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('You do not have access to this')
    expect(alert).toHaveTextContent('This needs the role organization admin or developer.')
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
  })

  it('deletes a registry only after its host is typed', async () => {
    await renderTab('admin')
    await screen.findByRole('table', { name: 'Registries' })
    await openAction('docker.io', 'reg-0006', 'Delete')
    const dialog = await screen.findByRole('dialog', { name: 'Delete the registry docker.io?' })
    const confirm = within(dialog).getByRole('button', { name: 'Delete registry' })
    expect(confirm).toBeDisabled()
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Type docker.io to confirm' }), 'docker.i')
    expect(confirm).toBeDisabled()
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Type docker.io to confirm' }), 'o')
    await userEvent.click(confirm)
    expect(await screen.findByText('Deleted docker.io (reg-0006).')).toBeInTheDocument()
    await waitFor(() => expect(within(table()).getAllByRole('row')).toHaveLength(5))
  })

  it('tests a saved registry on its stored host and refreshes the row', async () => {
    await renderTab('admin')
    await screen.findByRole('table', { name: 'Registries' })
    expect(rowOf('reg-0006')).toHaveTextContent('Never')
    await openAction('docker.io', 'reg-0006', 'Test connection')
    const note = await screen.findByText(/Test connection of docker\.io \(reg-0006\)/)
    expect(note.closest('[role="status"]')).toHaveTextContent('OK — The registry answered')
    await waitFor(() => expect(rowOf('reg-0006')).not.toHaveTextContent('Never'))
    expect(rowOf('reg-0006')).toHaveTextContent('OK')
  })

  it('rotates a refused credential after a passing test of the new secret, then enables the registry', async () => {
    const secret = 'AwsSecretAccessKeyForTheRotationTest01'
    await renderTab('admin')
    await screen.findByRole('table', { name: 'Registries' })
    const host = '123456789012.dkr.ecr.us-east-1.amazonaws.com'
    expect(within(rowOf('reg-0007')).getByRole('switch')).toBeDisabled()
    await openAction(host, 'reg-0007', 'Rotate credential')
    const dialog = await screen.findByRole('dialog', { name: `Rotate the credential of ${host}` })
    const save = within(dialog).getByRole('button', { name: 'Save new secret' })
    await userEvent.click(within(dialog).getByLabelText('New secret'))
    await userEvent.paste(secret)
    expect(save).toBeDisabled()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Test new secret' }))
    expect(await within(dialog).findByText(/The registry answered and the credential may pull/)).toBeInTheDocument()
    await userEvent.click(save)
    expect(await screen.findByText(/Saved the new credential of 123456789012/)).toBeInTheDocument()
    expect(document.body.innerHTML).not.toContain(secret)
    expect(rowOf('reg-0007')).toHaveTextContent(/Secret •••• rotated/)
    // The date in the user's locale, the exact time on hover (product.md "Everywhere").
    const rotated = rowOf('reg-0007').querySelector('.MuiChip-label time')
    expect(rotated?.getAttribute('title')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/)
    expect(rotated?.getAttribute('dateTime')).toBe(rotated?.getAttribute('title'))

    const enabled = within(rowOf('reg-0007')).getByRole('switch')
    await waitFor(() => expect(enabled).toBeEnabled())
    await userEvent.click(enabled)
    expect(await screen.findByText(`${host} (reg-0007) is now enabled.`)).toBeInTheDocument()
  })

  it('edits the patterns of a registry', async () => {
    await renderTab('admin')
    await screen.findByRole('table', { name: 'Registries' })
    await openAction('docker.io', 'reg-0004', 'Edit patterns')
    const dialog = await screen.findByRole('dialog', { name: 'Edit patterns of docker.io' })
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Namespace pattern' }), 'docker.io/acmeimmuno-labs/*{Enter}')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save patterns' }))
    expect(await screen.findByText('Saved the patterns of docker.io (reg-0004).')).toBeInTheDocument()
    expect(within(rowOf('reg-0004')).getByRole('button', { name: /2 patterns of docker\.io/ })).toBeInTheDocument()
  })

  it('warns that moving an ECR host clears its credential, and moves the patterns along', async () => {
    await renderTab('admin')
    await screen.findByRole('table', { name: 'Registries' })
    const host = '123456789012.dkr.ecr.eu-central-1.amazonaws.com'
    const moved = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
    await openAction(host, 'reg-0005', 'Edit patterns')
    const dialog = await screen.findByRole('dialog', { name: `Edit patterns of ${host}` })
    const region = within(dialog).getByRole('textbox', { name: 'AWS region' })
    await userEvent.clear(region)
    await userEvent.type(region, 'eu-west-1')
    expect(within(dialog).getByText(/Changing the host clears the stored credential/)).toBeInTheDocument()
    await userEvent.click(within(dialog).getByRole('button', { name: `Move the patterns to ${moved}` }))
    expect(within(dialog).getByText(`${moved}/hla/**`)).toBeInTheDocument()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save patterns' }))
    expect(await screen.findByText(`Saved the patterns of ${moved} (reg-0005).`)).toBeInTheDocument()
    expect(rowOf('reg-0005')).toHaveTextContent('none')
  })
})
