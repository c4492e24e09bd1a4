import { Box, Link, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Link as RouterLink } from 'react-router'
import type { WorkflowSummary } from '@/shared/contract/workflows'
import { formatCount } from '@/shared/lib/format'
import { paths } from '@/shared/lib/paths'
import { StatusChip } from '@/shared/ui/StatusChip'
import { TimeText } from '@/shared/ui/TimeText'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'
import { LongText } from '@/shared/ui/LongText'
import { prefetchRunHistory, preloadRunHistoryWhenIdle } from '../lib/prefetchRunHistory'

/**
 * The workflow list: a plain table, since a page holds at most 100 workflows (no virtualization, and no table library
 * in the first load). The name opens the workflow's Run History, whose code and first page are fetched on intent.
 */
export function WorkflowList({ workflows }: { workflows: WorkflowSummary[] }) {
  const queryClient = useQueryClient()
  // Most people open a workflow next: its Run History's code is fetched while the list idles.
  useEffect(preloadRunHistoryWhenIdle, [])
  return (
    <TableContainer>
      <Table size="small" aria-label="Workflows">
        <TableHead>
          <TableRow>
            <TableCell>Workflow</TableCell>
            <TableCell align="right">Steps</TableCell>
            <TableCell align="right">Runs</TableCell>
            <TableCell>Last run</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {workflows.map((workflow) => (
            <TableRow key={workflow.id}>
              <TableCell sx={{ maxWidth: 640 }}>
                <Link
                  component={RouterLink}
                  to={paths.workflowRuns(workflow.id)}
                  sx={{ fontWeight: 600 }}
                  onPointerEnter={() => prefetchRunHistory(queryClient, workflow.id)}
                  onFocus={() => prefetchRunHistory(queryClient, workflow.id)}
                >
                  {clipText(workflow.name)}
                </Link>
                <Typography variant="body2" color="textSecondary">
                  <LongText value={workflow.description} max={DISPLAY_LIMIT.prose} label="description" />
                </Typography>
              </TableCell>
              <TableCell align="right">{formatCount(workflow.stepCount)}</TableCell>
              <TableCell align="right">{formatCount(workflow.runCount)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {workflow.lastRun ? (
                  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                    <StatusChip status={workflow.lastRun.status} />
                    <Typography variant="body2" color="textSecondary" component="span">
                      <TimeText iso={workflow.lastRun.startedAt} />
                    </Typography>
                  </Box>
                ) : (
                  <Typography variant="body2" color="textSecondary" component="span">
                    Never run
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
