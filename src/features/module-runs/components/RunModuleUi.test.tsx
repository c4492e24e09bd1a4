import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useEffect } from 'react'
import { setHttpSleep } from '@/shared/api/http'
import { moduleRunQueries } from '@/shared/entities/moduleRuns'
import type { ModuleUIProps } from '@/shared/module-host/types'
import { renderRoute } from '@/test/renderRoute'
import { advanceClock } from '../../../../mocks/runtime/clock'
import { AS, callApi } from '../../../../mocks/testing'

// The bundle itself is not run here (jsdom runs no scripts): the loader answers with this stand-in module UI.
const fake = vi.hoisted(() => ({ mounts: 0 }))
vi.mock('@/shared/module-host/internalLoader', () => ({ loadInternal: () => Promise.resolve(AtlasStandIn) }))

function AtlasStandIn(props: Record<string, unknown>) {
  const { results, onComplete } = props as unknown as ModuleUIProps
  useEffect(() => {
    fake.mounts += 1
  }, [])
  return (
    <div>
      <p>Atlas result: {results?.status ?? 'none'}</p>
      <button type="button" onClick={() => onComplete({ summary: { peptides_viewed: 42 } })}>
        Done exploring
      </button>
    </div>
  )
}

beforeEach(() => {
  setHttpSleep(async () => undefined)
  fake.mounts = 0
})

/** A run of the demo's UI-only module (peptide-atlas-explorer, internal tier), started and still open. */
async function startUiOnlyRun(): Promise<string> {
  const body = { moduleId: 'peptide-atlas-explorer', mode: 'interactive', parameters: { tissue: 'liver' } }
  const reply = await callApi(AS.priya, '/v1/module-runs', { body })
  expect(reply.status).toBe(201)
  advanceClock(60_000)
  return (reply.json as { runId: string }).runId
}

describe('the module UI of a UI-only run on the run page', () => {
  it('completes the run when the UI says it is done: the page shows it completed, the UI stays and gets the result', async () => {
    const runId = await startUiOnlyRun()
    const { queryClient } = renderRoute(`/runs/${runId}`, { as: 'superuser' })
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries')
    const heading = await screen.findByRole('heading', { name: runId, level: 1 })
    const page = heading.closest('main') ?? document.body
    expect(await within(page).findByText('running')).toBeInTheDocument()

    await userEvent.click(await screen.findByRole('button', { name: 'Done exploring' }))
    expect(await within(page).findByText('completed')).toBeInTheDocument()
    expect(invalidate).toHaveBeenCalledWith({ queryKey: moduleRunQueries.all() })
    // The module got the run's result as an update; it was not mounted afresh when its run ended.
    expect(await screen.findByText('Atlas result: success')).toBeInTheDocument()
    expect(fake.mounts).toBe(1)
    const run = await callApi(AS.priya, `/v1/module-runs/${runId}/result`)
    expect(run.json).toMatchObject({ status: 'success', summary: { peptides_viewed: 42 } })
  })
})
