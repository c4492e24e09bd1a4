import { Link } from '@mui/material'
import { useQuery, type QueryClient } from '@tanstack/react-query'
import { Link as RouterLink, useParams, type LoaderFunctionArgs, type ShouldRevalidateFunction } from 'react-router'
import { primeQuery } from '@/shared/api/primeQuery'
import { paths } from '@/shared/lib/paths'
import { LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageHeader } from '@/shared/ui/PageHeader'
import { workflowRunQueries } from '../api/workflowRunQueries'
import { RerunForm } from '../components/rerun/RerunForm'

export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await primeQuery(queryClient, workflowRunQueries.detail(params.runId ?? ''))
    return null
  }

/** The "show all inputs" switch is view state: no loader run. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate

/** `/workflows/:workflowId/runs/:runId/rerun`: "Run with changes" — the run's inputs to edit, then a new run. */
export function Component() {
  const { workflowId = '', runId = '' } = useParams()
  const detail = useQuery(workflowRunQueries.detail(runId))
  const back = (
    <Link component={RouterLink} to={paths.workflowRun(workflowId, runId)}>
      Back to {runId}
    </Link>
  )
  if (detail.isPending) return <LoadingState label="Loading run" />
  if (detail.data === undefined)
    return (
      <>
        <PageHeader title="Run with changes" />
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} action={back} />
      </>
    )
  return (
    <>
      <PageHeader
        title="Run with changes"
        subtitle={`A new run of this workflow, starting from the inputs of ${runId}.`}
        actions={back}
      />
      <RerunForm run={detail.data} />
    </>
  )
}
