import { screen, within } from '@testing-library/react'
import { resetDemo } from '../../mocks/testing'
import { setHttpSleep } from '@/shared/api/http'
import { renderRoute } from '@/test/renderRoute'

beforeEach(() => {
  setHttpSleep(async () => undefined)
  resetDemo('devkit')
})

const DEVKIT = { devkit: { apiKey: null } }

describe('pages of a devkit session', () => {
  it('greets the local developer at home without cards the devkit API cannot fill', async () => {
    renderRoute('/', DEVKIT)
    await screen.findByRole('heading', { name: 'Welcome, Local' })
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    const shortcuts = within(screen.getByRole('region', { name: 'Shortcuts' }))
    expect(shortcuts.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Modules',
      'Module runs',
      'Local devkit',
      'Module harness',
    ])
  })

  it.each([
    ['/control-tower/organizations', /has no organizations/],
    ['/settings/organization', /has no organizations/],
    ['/workflows', /AWS Step Functions/],
    ['/workflows/wf-1/runs', /AWS Step Functions/],
  ])('explains at %s why the devkit API does not offer it, inside the shell', async (path, reason) => {
    renderRoute(path, DEVKIT)
    await screen.findByRole('heading', { name: 'Not offered by this API' })
    const note = screen.getByRole('alert')
    expect(note).toHaveTextContent(reason)
    expect(note).toHaveTextContent('NOT_SUPPORTED')
    expect(within(note).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Account menu for Local developer' })).toBeInTheDocument()
    expect(screen.getByRole('status', { name: 'Local devkit' })).toBeInTheDocument()
  })
})

describe('the devkit page in a platform session', () => {
  it('explains that it belongs to a devkit session, inside the shell', async () => {
    resetDemo()
    renderRoute('/devkit', { as: 'developer' })
    await screen.findByRole('heading', { name: 'Not offered by this API' })
    expect(screen.getByRole('alert')).toHaveTextContent(/belongs to a local devkit session/)
    expect(screen.getByRole('button', { name: /^Account menu for / })).toBeInTheDocument()
  })
})
