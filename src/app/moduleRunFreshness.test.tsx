import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query'
import { act, render, renderHook, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { catalogQueries } from '@/features/catalog/api/catalogQueries'
import { runListParamsFrom } from '@/features/module-runs/lib/runListParams'
import { setHttpSleep } from '@/shared/api/http'
import { useCancelModuleRun, useStartModuleRun } from '@/shared/entities/moduleRunMutations'
import { moduleRunQueries } from '@/shared/entities/moduleRuns'
import { resetSessionStore } from '@/shared/stores/sessionStore'
import { signInAs } from '@/test/renderRoute'
import { createQueryClient } from './queryClient'

// Jonas Weber's showcase runs (mocks/stores/runShowcase.ts): mr-000046 runs spectral-library-search for 25 minutes,
// mr-000045 is a failed immunopeptidome-report.
const RUNNING = { runId: 'mr-000046', moduleId: 'spectral-library-search' }
const FAILED = { runId: 'mr-000045', moduleId: 'immunopeptidome-report' }
/** The run list of `/runs` with no filter in the URL. */
const RUN_LIST = runListParamsFrom(new URLSearchParams())

beforeEach(() => {
  setHttpSleep(async () => undefined)
  resetSessionStore()
  signInAs('scientist')
})

function withClient(queryClient: QueryClient) {
  return ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
}

/** What a page listing the run shows of it: the catalog's Runs tab and the run list. */
function RunStatusIn({ label, runId, page }: { label: string; runId: string; page: 'catalog' | 'runs' }) {
  const runs = useQuery(page === 'catalog' ? catalogQueries.runs(RUNNING.moduleId, 1) : moduleRunQueries.list(RUN_LIST))
  const run = runs.data?.items.find((item) => item.runId === runId)
  return <p>{`${label}: ${run?.status ?? 'not listed'}`}</p>
}

describe('module run freshness (issue 15)', () => {
  it('shows a cancelled run as cancelled on the catalog’s Runs tab and in the run list as soon as the cancel succeeds', async () => {
    const queryClient = createQueryClient()
    const Wrapper = withClient(queryClient)
    render(
      <Wrapper>
        <RunStatusIn label="Runs tab" runId={RUNNING.runId} page="catalog" />
        <RunStatusIn label="Run list" runId={RUNNING.runId} page="runs" />
      </Wrapper>,
    )
    expect(await screen.findByText('Runs tab: running')).toBeInTheDocument()
    expect(await screen.findByText('Run list: running')).toBeInTheDocument()
    // The run's own page was visited before and is not on screen now: its cached status must not survive either.
    await queryClient.fetchQuery(moduleRunQueries.detail(RUNNING.runId))

    const { result } = renderHook(() => useCancelModuleRun(), { wrapper: Wrapper })
    // The mutation settles only after what it invalidates on screen has been refetched (MutationCache.onSuccess).
    await act(() => result.current.mutateAsync({ runId: RUNNING.runId, idempotencyKey: 'cancel-once' }))

    expect(screen.getByText('Runs tab: cancelled')).toBeInTheDocument()
    expect(screen.getByText('Run list: cancelled')).toBeInTheDocument()
    expect(queryClient.getQueryState(moduleRunQueries.detail(RUNNING.runId).queryKey)?.isInvalidated).toBe(true)
  })

  it('makes a module’s Runs tab and the run list stale after a re-run, and the new run appears in both', async () => {
    const queryClient = createQueryClient()
    const runsTab = catalogQueries.runs(FAILED.moduleId, 1)
    const before = await queryClient.fetchQuery(runsTab)
    await queryClient.fetchQuery(moduleRunQueries.list(RUN_LIST))
    const failed = await queryClient.fetchQuery(moduleRunQueries.detail(FAILED.runId))

    const { result } = renderHook(() => useStartModuleRun(), { wrapper: withClient(queryClient) })
    const body = {
      moduleId: failed.moduleId,
      version: failed.moduleVersion,
      parameters: failed.parameters,
      mode: 'async' as const,
    }
    const created = await act(() => result.current.mutateAsync({ body, idempotencyKey: 're-run-once' }))

    // Neither page is on screen: both are marked stale, so the next visit fetches them instead of showing the old list.
    expect(queryClient.getQueryState(runsTab.queryKey)?.isInvalidated).toBe(true)
    expect(queryClient.getQueryState(moduleRunQueries.list(RUN_LIST).queryKey)?.isInvalidated).toBe(true)
    const after = await queryClient.fetchQuery({ ...runsTab, staleTime: 0 })
    expect(after.total).toBe(before.total + 1)
    expect(after.items[0]?.runId).toBe(created.runId)
    const list = await queryClient.fetchQuery({ ...moduleRunQueries.list(RUN_LIST), staleTime: 0 })
    expect(list.items.map((run) => run.runId)).toContain(created.runId)
  })
})
