import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs, ShouldRevalidateFunction } from 'react-router'
import { primeQuery } from '@/shared/api/primeQuery'
import { workflowQueries } from '../api/workflowQueries'
import { statsFilters, workflowRunQueries } from '../api/workflowRunQueries'
import { primeGrid } from '../components/grid/lazyGrid'
import { runListParamsFrom } from '../lib/runListParams'
import { runViewFrom, VIEW_KEY } from '../lib/runView'

// Run History's loader, in a module of its own: the route table loads it beside the page's code, so the data is asked
// for while that code is still being fetched and evaluated (issue 16, decision 014).

/** Primes the workflow (header), the first page and the table chunk in parallel; the median (Δ column) follows. */
export const loader =
  (queryClient: QueryClient) =>
  async ({ request, params }: LoaderFunctionArgs) => {
    const workflowId = params.workflowId ?? ''
    const search = new URL(request.url).searchParams
    const listParams = runListParamsFrom(search)
    void queryClient.prefetchQuery(workflowRunQueries.stats(workflowId, statsFilters(listParams)))
    await Promise.all([
      primeQuery(queryClient, workflowQueries.detail(workflowId)),
      primeQuery(queryClient, workflowRunQueries.list(workflowId, listParams)),
      // The runs × steps grid (`?view=grid`): its code, schema and query load only when it is shown.
      runViewFrom(search.get(VIEW_KEY)) === 'grid' && primeGrid(queryClient, workflowId, listParams),
    ])
    return null
  }

/** Filters, sort and cursor are fetched by the list's own query, without a navigation wait. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate
