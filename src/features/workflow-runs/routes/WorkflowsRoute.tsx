import { Paper } from '@mui/material'
import { useQuery, type QueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { LoaderFunctionArgs, ShouldRevalidateFunction } from 'react-router'
import { formatCount } from '@/shared/lib/format'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { CursorPager } from '@/shared/ui/CursorPager'
import { EmptyState } from '@/shared/ui/DataState'
import { PageHeader } from '@/shared/ui/PageHeader'
import { QueryState } from '@/shared/ui/QueryState'
import { workflowQueries, type WorkflowListParams } from '../api/workflowQueries'
import { WorkflowList } from '../components/WorkflowList'
import { WorkflowSearch } from '../components/WorkflowSearch'
import { primeQuery } from '@/shared/api/primeQuery'

const WORKFLOW_PAGE_SIZE = 50

function listParamsFrom(params: URLSearchParams): WorkflowListParams {
  return {
    q: params.get('q')?.trim() || undefined,
    cursor: params.get('cursor') || undefined,
    limit: WORKFLOW_PAGE_SIZE,
  }
}

/** Primes the list for the first paint. */
export const loader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await primeQuery(queryClient, workflowQueries.list(listParamsFrom(new URL(request.url).searchParams)))
    return null
  }

/** Search and paging are fetched by the list's own query, without a navigation wait. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate

/** `/workflows`: the organization's workflows with their last run; a name opens its Run History. */
export function Component() {
  const { params } = useUrlParams()
  const listParams = useMemo(() => listParamsFrom(params), [params])
  const workflows = useQuery(workflowQueries.list(listParams))
  const page = Number(params.get('page') ?? 1) || 1
  const data = workflows.data
  return (
    <>
      <PageHeader
        title="Workflows"
        subtitle={
          data?.total !== undefined
            ? `${formatCount(data.total)} workflows${listParams.q ? ' match' : ''}`
            : 'Step Functions pipelines over catalog modules'
        }
      />
      <WorkflowSearch />
      <Paper>
        <QueryState
          query={workflows}
          loading="Loading workflows"
          what="The workflows"
          isEmpty={(list) => list.items.length === 0}
          empty={
            <EmptyState title={listParams.q ? 'No workflow matches' : 'No workflows yet'}>
              {listParams.q ? 'Change or clear the search.' : 'Workflows of your organization appear here once deployed.'}
            </EmptyState>
          }
        >
          {(list) => (
            <>
              <WorkflowList workflows={list.items} />
              <CursorPager
                page={page}
                pageSize={WORKFLOW_PAGE_SIZE}
                shown={list.items.length}
                total={list.total}
                nextCursor={list.nextCursor}
                hasMore={list.hasMore}
              />
            </>
          )}
        </QueryState>
      </Paper>
    </>
  )
}
