import type { QueryClient } from '@tanstack/react-query'
import { Suspense } from 'react'
import { Outlet, useParams, type LoaderFunctionArgs, type ShouldRevalidateFunction } from 'react-router'
import { LoadingState } from '@/shared/ui/DataState'
import { lazyPreloaded } from '@/shared/ui/lazyPreloaded'
import { sessionSnapshot, useIsDevkitSession } from '@/shared/stores/sessionStore'
import { DevkitRunList } from '../components/DevkitRunList'
import { moduleRunQueries } from '@/shared/entities/moduleRuns'
import { runListParamsFrom } from '../lib/runListParams'
import { useIsOverList } from '../lib/runPresentation'
import { primeQuery } from '@/shared/api/primeQuery'

// Loaded by the loader beside the data, then rendered without suspending (lazyPreloaded).
const RunList = lazyPreloaded(() => import('../components/RunList').then((m) => m.RunList))

/** Primes the list; a run opened by link (`:runId`) stands alone as a page, so its list is not fetched. */
export const loader =
  (queryClient: QueryClient) =>
  async ({ request, params }: LoaderFunctionArgs) => {
    // A devkit API has no run list (405): its session lists the runs it started, from memory.
    if (!params.runId && !sessionSnapshot().devkit)
      await Promise.all([
        primeQuery(queryClient, moduleRunQueries.list(runListParamsFrom(new URL(request.url).searchParams))),
        RunList.load(),
      ])
    return null
  }

/** Filters and page are fetched by the list's own query, without a navigation wait. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate

/**
 * `/runs`: module runs with status and module filters and numbered pages, all in the URL. A run opened from here is a
 * drawer over the list (`/runs/:runId` with the list's search); the same URL opened by link is a page of its own.
 */
export function Component() {
  const { runId } = useParams()
  const overList = useIsOverList()
  const devkit = useIsDevkitSession()
  if (runId && !overList) return <Outlet />
  if (devkit) return runId ? <Outlet /> : <DevkitRunList />
  return (
    <>
      <Suspense fallback={<LoadingState label="Loading module runs" />}>
        <RunList openRunId={runId} />
      </Suspense>
      <Outlet />
    </>
  )
}
