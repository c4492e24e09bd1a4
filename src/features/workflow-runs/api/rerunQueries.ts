import { queryOptions } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { apiPaths, withQuery } from '@/shared/contract/paths'
import { RerunPage } from '@/shared/contract/workflowReruns'
import { LIVE_REFRESH_MS, workflowRunQueries } from './workflowRunQueries'

/**
 * A run's family (issue 18): the runs started from it. Apart from the other run queries, so it loads with the run
 * page's actions and family card (their own chunks); its key sits below the run's detail key.
 */
export const rerunQueries = {
  /** The runs started from this one (re-runs, runs with changes, redrives), newest first: its "run family". */
  reruns: (runId: string) =>
    queryOptions({
      queryKey: [...workflowRunQueries.all(), 'detail', runId, 'reruns'],
      queryFn: ({ signal }) => http(withQuery(apiPaths.workflowRunReruns(runId), { limit: 100 }), RerunPage, { signal }),
      refetchInterval: (query) => (query.state.data?.items.some((run) => run.status === 'RUNNING') ? LIVE_REFRESH_MS : false),
    }),
}
