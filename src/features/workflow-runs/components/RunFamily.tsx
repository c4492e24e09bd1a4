import { Alert, Box, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { Link as RouterLink } from 'react-router'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { clipText } from '@/shared/lib/clip'
import { paths } from '@/shared/lib/paths'
import { QueryInlineError } from '@/shared/ui/InlineError'
import { SectionCard } from '@/shared/ui/SectionCard'
import { StatusChip } from '@/shared/ui/StatusChip'
import { TimeText } from '@/shared/ui/TimeText'
import { rerunQueries } from '../api/rerunQueries'
import { ORIGIN_KIND_LABEL, originParts } from '../lib/rerun'

/**
 * The run's family (issue 18, item 4): the run it came from ("Redrive of run-000398 from “Report”") and the runs
 * started from it, each with how and its status (refreshed while one runs). Shown once there is a family.
 */
export function RunFamily({ run }: { run: WorkflowRun }) {
  const reruns = useQuery(rerunQueries.reruns(run.id))
  const items = reruns.data?.items ?? []
  if (!run.origin && items.length === 0 && !reruns.isError) return null
  const { origin } = run
  const fromStep = origin?.fromStepId && run.steps.find((step) => step.stepId === origin.fromStepId)
  const carried = run.steps.filter((step) => step.carriedOver).length
  const parts = origin && originParts(origin, fromStep ? fromStep.name : undefined)
  return (
    // Above the page's sections, as the outcome note is: where the run came from is read first.
    <Box sx={{ mb: 3 }}>
      <SectionCard title="Run family">
        <Stack spacing={2}>
          {origin && (
            <Alert severity="info" variant="outlined">
              {parts!.lead}
              <Link component={RouterLink} to={paths.workflowRun(run.workflowId, origin.runId)} underline="always">
                {origin.runId}
              </Link>
              {parts!.tail}.
              {carried > 0 && ` The ${carried} steps before it were not run again: their results are those of ${origin.runId}.`}{' '}
              <Link
                component={RouterLink}
                to={paths.compareRuns(run.workflowId, [origin.runId, run.id], origin.runId)}
                underline="always"
              >
                Compare with {origin.runId}
              </Link>
            </Alert>
          )}
          <QueryInlineError query={reruns} what="The runs started from this one could not be loaded" />
          {items.length > 0 && (
            <Table size="small" aria-label="Runs started from this run">
              <TableHead>
                <TableRow>
                  <TableCell>Run</TableCell>
                  <TableCell>How</TableCell>
                  <TableCell>Status</TableCell>
                  <TableCell>Started</TableCell>
                  <TableCell>By</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {items.map((item) => (
                  <TableRow key={item.id}>
                    <TableCell>
                      <Link
                        component={RouterLink}
                        to={paths.workflowRun(item.workflowId, item.id)}
                        sx={{ fontFamily: 'monospace' }}
                      >
                        {item.id}
                      </Link>
                    </TableCell>
                    <TableCell>{ORIGIN_KIND_LABEL[item.origin?.kind ?? ''] ?? item.origin?.kind ?? '—'}</TableCell>
                    <TableCell>
                      <StatusChip status={item.status} />
                    </TableCell>
                    <TableCell>
                      <TimeText iso={item.startedAt} />
                    </TableCell>
                    <TableCell>{clipText(item.triggeredBy.name)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {origin && items.length === 0 && !reruns.isError && (
            <Typography variant="body2" color="textSecondary">
              No run has been started from this one.
            </Typography>
          )}
        </Stack>
      </SectionCard>
    </Box>
  )
}
