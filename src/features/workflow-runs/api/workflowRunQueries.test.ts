import { QueryClient, type Query } from '@tanstack/react-query'
import { LIVE_REFRESH_MS, workflowRunQueries } from './workflowRunQueries'

/** The refetch interval a query's options give for the data it holds (TanStack calls it with the query). */
function intervalFor<T>(options: { refetchInterval?: unknown }, data: T): unknown {
  const interval = options.refetchInterval as (query: Query<T>) => number | false
  return interval({ state: { data } } as Query<T>)
}

const run = (status: string) => ({ id: `run-${status}`, status })

describe('live refresh (product.md: "only while a visible run is running")', () => {
  it('polls a page of the run list every 5 s only while a run on it is RUNNING', () => {
    const list = workflowRunQueries.list('wf-a', {})
    expect(intervalFor(list, { items: [run('SUCCEEDED'), run('RUNNING')] })).toBe(LIVE_REFRESH_MS)
    expect(LIVE_REFRESH_MS).toBe(5_000)
    expect(intervalFor(list, { items: [run('SUCCEEDED'), run('FAILED'), run('ABORTED')] })).toBe(false)
    expect(intervalFor(list, { items: [] })).toBe(false)
  })

  it('polls a run while it is RUNNING, and never again once it has finished', () => {
    const detail = workflowRunQueries.detail('run-1')
    expect(intervalFor(detail, run('RUNNING'))).toBe(LIVE_REFRESH_MS)
    expect(intervalFor(detail, run('SUCCEEDED'))).toBe(false)
  })

  it('keeps a finished run cached for good: opening it again fetches nothing', async () => {
    const client = new QueryClient()
    let fetched = 0
    const options = { ...workflowRunQueries.detail('run-1'), queryFn: async () => (fetched++, run('SUCCEEDED') as never) }
    await client.fetchQuery(options)
    await client.fetchQuery(options)
    expect(fetched).toBe(1)
  })
})
