import { screen, within, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as mock, HttpResponse } from 'msw'
import { setHttpSleep } from '@/shared/api/http'
import { renderRoute } from '@/test/renderRoute'
import { server } from '../../../../mocks/node'

beforeEach(() => setHttpSleep(async () => undefined))

const workflowNames = () =>
  within(screen.getByRole('table', { name: 'Workflows' }))
    .getAllByRole('link')
    .map((link) => link.textContent)

describe('Workflows', () => {
  it('lists the organization’s workflows with run counts and the last run, linking to Run History', async () => {
    renderRoute('/workflows', { as: 'admin' })
    const table = await screen.findByRole('table', { name: 'Workflows' })
    expect(workflowNames()).toEqual([
      'Immunopeptidomics discovery pipeline',
      'Neoantigen prioritization',
      'Allele panel binding sweep',
    ])
    expect(within(table).getByRole('link', { name: 'Immunopeptidomics discovery pipeline' })).toHaveAttribute(
      'href',
      '/workflows/wf-immunopeptidomics-discovery/runs',
    )
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Workflow', 'Steps', 'Runs', 'Last run'])
    expect(within(table).getAllByRole('time').length).toBeGreaterThan(0)
  })

  it('searches and keeps the search in the URL', async () => {
    const { router } = renderRoute('/workflows', { as: 'superuser' })
    await screen.findByRole('table', { name: 'Workflows' })
    expect(workflowNames().length).toBe(6)
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search workflows' }), 'neo')
    await waitFor(() => expect(workflowNames()).toEqual(['Neoantigen prioritization']))
    // The last keystrokes reach the URL after the search field's delay.
    await waitFor(() => expect(router.state.location.search).toBe('?q=neo'))
  })

  it('says "more available" when the server says has_more without a cursor or a total (api-contract §2.2)', async () => {
    server.use(
      mock.get('/api/v1/workflows', () =>
        HttpResponse.json({
          items: [{ id: 'wf-a', name: 'Only page shown', description: 'One of many', stepCount: 3, runCount: 0 }],
          nextCursor: null,
          has_more: true,
        }),
      ),
    )
    renderRoute('/workflows', { as: 'admin' })
    await screen.findByRole('table', { name: 'Workflows' })
    expect(screen.getByText('Rows 1–1, more available')).toBeInTheDocument()
  })

  it('says so when nothing matches', async () => {
    renderRoute('/workflows?q=zzzz-no-such-workflow', { as: 'admin' })
    expect(await screen.findByText('No workflow matches')).toBeInTheDocument()
  })

  it('keeps the list on screen when a refresh fails, says so once above it, and retries', async () => {
    const { queryClient } = renderRoute('/workflows', { as: 'admin' })
    await screen.findByRole('table', { name: 'Workflows' })
    server.use(
      mock.get('/api/v1/workflows', () =>
        HttpResponse.json({ error: { code: 'INTERNAL', message: 'Boom', requestId: 'req-7' } }, { status: 500 }),
      ),
    )
    await queryClient.invalidateQueries({ queryKey: ['workflows'] })
    const notice = await screen.findByText(/The workflows could not be refreshed/)
    expect(notice.closest('[role="alert"]')).toHaveTextContent('req-7')
    expect(workflowNames().length).toBe(3)
    server.resetHandlers()
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(screen.queryByText(/could not be refreshed/)).not.toBeInTheDocument())
    expect(workflowNames().length).toBe(3)
  })
})
