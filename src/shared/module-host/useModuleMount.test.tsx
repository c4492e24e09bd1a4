import { screen } from '@testing-library/react'
import { useEffect, useState } from 'react'
import { setHttpSleep } from '@/shared/api/http'
import { expectConsoleError } from '@/test/consoleGuard'
import { renderSignedIn } from '@/test/renderRoute'
import { server } from '../../../mocks/node'
import { advanceClock } from '../../../mocks/runtime/clock'
import { AS, callApi } from '../../../mocks/testing'
import { ModuleUiPanel } from './ModuleUiPanel'
import type { ModuleUIProps } from './types'

// jsdom runs no bundle: the in-realm loader answers with this stand-in, which follows its run and then breaks.
vi.mock('./internalLoader', () => ({ loadInternal: () => Promise.resolve(BreaksOnStatus) }))

function BreaksOnStatus(props: Record<string, unknown>) {
  const { subscribe } = props as unknown as ModuleUIProps
  const [status, setStatus] = useState<string | null>(null)
  useEffect(() => subscribe('run.status', (payload) => setStatus((payload as { status: string }).status)), [subscribe])
  if (status) throw new Error(`the chart broke on ${status}`)
  return <p>Atlas waiting</p>
}

beforeEach(() => setHttpSleep(async () => undefined))
afterEach(() => server.events.removeAllListeners())

describe('a module UI that fails for good (module-ui-contract §7)', () => {
  it('stops following its run and withdraws window.hostFetch as soon as the card shows, not only on Retry', async () => {
    expectConsoleError(/the chart broke/)
    // A UI-only run of the demo's internal module stays running: the host would poll it for ever.
    const body = { moduleId: 'peptide-atlas-explorer', mode: 'interactive', parameters: { tissue: 'liver' } }
    const runId = (await callApi(AS.priya, '/v1/module-runs', { body })).json as { runId: string }
    advanceClock(60_000)
    let polls = 0
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'GET' && new URL(request.url).pathname.endsWith(`/v1/module-runs/${runId.runId}`)) polls += 1
    })
    await renderSignedIn(<ModuleUiPanel moduleId="peptide-atlas-explorer" runId={runId.runId} inputData={{}} />, {
      as: 'superuser',
    })
    expect(await screen.findByText('Atlas waiting')).toBeInTheDocument()
    expect((window as { hostFetch?: unknown }).hostFetch).toBeTypeOf('function')

    expect(await screen.findByRole('alert')).toHaveAttribute('data-module-error', 'MODULE_CRASHED')
    expect(screen.getByRole('button', { name: /retry/i })).toBeInTheDocument()
    expect((window as { hostFetch?: unknown }).hostFetch).toBeUndefined()
    // The host polls a run every 1–5 s; past the first of those delays, no further request has gone out.
    const seen = polls
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(polls).toBe(seen)
  })
})
