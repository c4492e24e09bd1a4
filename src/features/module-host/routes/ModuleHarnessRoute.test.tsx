import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { http as mock, HttpResponse } from 'msw'
import { server } from '../../../../mocks/node'
import { renderRoute } from '@/test/renderRoute'

/** The demo UI bucket's index as a demo build serves it (tests have no build): one bundle, made for no tier. */
const REPORT = {
  id: 'report',
  label: 'Immunopeptidome report',
  description: 'A chart of the run.',
  expect: 'mounts',
  ui: { bundleUrl: '/module-bundles/report/bundle.js', integrity: null, runtime: 'react@19', globals: [], assets: [] },
}

describe('Module UI harness', () => {
  it('keeps a picked bundle when the tier is changed before the page has re-rendered', async () => {
    server.use(mock.get('/module-bundles/index.json', () => HttpResponse.json({ bundles: [REPORT] })))
    const { router } = renderRoute('/dev/module-harness?tier=community', { as: 'developer' })
    const bundle = await screen.findByRole('combobox', { name: 'Demo bundle' })
    await screen.findByRole('option', { name: /Immunopeptidome report/ })
    const tier = screen.getByRole('combobox', { name: 'Trust tier' })

    // Both changes in one tick, as a fast hand (or a script) makes them: the tier's handler runs on the old render.
    act(() => {
      fireEvent.change(bundle, { target: { value: 'report' } })
      fireEvent.change(tier, { target: { value: 'verified' } })
    })

    // The page shows both choices, and the URL (which a shared link carries) holds both.
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Trust tier' })).toHaveValue('verified'))
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Demo bundle' })).toHaveValue('report'))
    const search = new URLSearchParams(router.state.location.search)
    expect([search.get('bundle'), search.get('tier')]).toEqual(['report', 'verified'])
  })
})
