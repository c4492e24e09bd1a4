import { Button, Stack, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { Link as RouterLink } from 'react-router'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { paths } from '@/shared/lib/paths'
import { InlineError } from '@/shared/ui/InlineError'
import { workflowRunQueries } from '../api/workflowRunQueries'
import { SELECTED_KEY } from '../lib/runSelection'
import { lazy, Suspense } from 'react'

/**
 * Redrive, Run again and Run with changes (with their mutations and rules) in a chunk of their own, fetched when the
 * run is on screen: the run page's first load stays as it was (issue 18).
 */
const RerunActions = lazy(() => import('./RerunActions').then((m) => ({ default: m.RerunActions })))

/**
 * The run page's actions: acting on the run (redrive, run again, run with changes), then "Compare with previous
 * successful run" (the latest SUCCEEDED run started before this one) and "Compare with…".
 */
export function RunActions({ run }: { run: WorkflowRun }) {
  return (
    <Stack spacing={1.5} sx={{ alignItems: 'flex-end' }}>
      <Suspense fallback={null}>
        <RerunActions run={run} />
      </Suspense>
      <CompareActions run={run} />
    </Stack>
  )
}

function CompareActions({ run }: { run: WorkflowRun }) {
  const previous = useQuery(workflowRunQueries.previousSucceeded(run.workflowId, run.startedAt))
  const prevId = previous.data?.id
  const pickOthers = `${paths.workflowRuns(run.workflowId)}?${SELECTED_KEY}=${encodeURIComponent(run.id)}`
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', justifyContent: 'flex-end' }}>
      {prevId ? (
        <Button variant="contained" component={RouterLink} to={paths.compareRuns(run.workflowId, [prevId, run.id], prevId)}>
          Compare with previous successful run
        </Button>
      ) : (
        <>
          <Button variant="contained" disabled>
            Compare with previous successful run
          </Button>
          {previous.isError ? (
            <InlineError
              error={previous.error}
              what="Could not look for the previous successful run"
              onRetry={() => void previous.refetch()}
            />
          ) : (
            <Typography variant="caption" color="textSecondary">
              {previous.isPending ? 'Looking for one…' : 'No earlier successful run.'}
            </Typography>
          )}
        </>
      )}
      <Button variant="outlined" component={RouterLink} to={pickOthers}>
        Compare with…
      </Button>
    </Stack>
  )
}
