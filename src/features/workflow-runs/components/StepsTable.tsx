import { Box, Link, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material'
import type { ColumnMeta } from '@tanstack/react-table'
import { Link as RouterLink } from 'react-router'
import type { Artifact } from '@/shared/contract/artifacts'
import type { Step } from '@/shared/contract/workflows'
import { cloudWatchLogStreamUrl } from '@/shared/lib/awsLinks'
import { formatAct, formatDuration } from '@/shared/lib/format'
import { paths } from '@/shared/lib/paths'
import { useColumnVisibility } from '@/shared/ui/columns/useColumnVisibility'
import { LazyColumnMenuBar } from '@/shared/ui/columns/LazyColumnMenuBar'
import { CopyButton } from '@/shared/ui/CopyButton'
import { ExternalLink } from '@/shared/ui/ExternalLink'
import { StatusChip } from '@/shared/ui/StatusChip'
import { ArtifactLinks } from './ArtifactLinks'
import { clipText } from '@/shared/lib/clip'

type Props = {
  steps: Step[]
  region: string
  /** Duration of a running step so far (from the timeline), keyed by step id. */
  durations: Map<string, number | undefined>
  selectedStepId?: string
  onSelect: (stepId: string) => void
  /** Opens an artifact's preview. */
  onPreviewArtifact?: (artifact: Artifact) => void
}

// Column priorities (issue 17, decision 020): step, module, status, duration, artifacts and logs fit a 1280 px screen;
// the module run's link joins from 1440 px; attempts (also on the graph's nodes) and a step's credits (the run's total
// is in the summary) from 1600 px; any of them sooner from the column menu. The cells below are drawn in this order.
const COLUMNS: { id: string; header: string; meta?: ColumnMeta<Step, unknown> }[] = [
  { id: 'step', header: 'Step', meta: { alwaysShown: true } },
  { id: 'module', header: 'Module' },
  { id: 'moduleRun', header: 'Module run', meta: { minViewport: 1440 } },
  { id: 'status', header: 'Status' },
  { id: 'attempts', header: 'Attempts', meta: { align: 'right', minViewport: 1600 } },
  { id: 'duration', header: 'Duration', meta: { align: 'right' } },
  { id: 'credits', header: 'Credits', meta: { align: 'right', minViewport: 1600 } },
  { id: 'artifacts', header: 'Artifacts' },
  { id: 'logs', header: 'Logs' },
]

/** The run's steps in execution order (a run has a handful: a plain table). A row click selects its step. */
export function StepsTable({ steps, region, durations, selectedStepId, onSelect, onPreviewArtifact }: Props) {
  const shown = useColumnVisibility('workflow-run-steps', COLUMNS)
  const show = shown.isShown
  return (
    <div>
      <LazyColumnMenuBar columns={shown} tableLabel="Steps" />
      <TableContainer>
        <Table size="small" aria-label="Steps">
          <TableHead>
            <TableRow>
              {COLUMNS.filter((column) => show(column.id)).map((column) => (
                <TableCell key={column.id} align={column.meta?.align ?? 'left'}>
                  {column.header}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {steps.map((step) => {
              const selected = step.stepId === selectedStepId
              return (
                <TableRow
                  key={step.stepId}
                  hover
                  selected={selected}
                  onClick={() => onSelect(step.stepId)}
                  sx={{ cursor: 'pointer', verticalAlign: 'top' }}
                >
                  <TableCell>
                    {/* The keyboard way to select a row; the whole row answers the mouse. */}
                    <Link
                      component="button"
                      type="button"
                      aria-pressed={selected}
                      onClick={(event) => {
                        event.stopPropagation()
                        onSelect(step.stepId)
                      }}
                      sx={{ textAlign: 'left', fontWeight: selected ? 600 : undefined }}
                    >
                      {clipText(step.name)}
                    </Link>
                  </TableCell>
                  {show('module') && (
                    <TableCell>
                      {clipText(step.moduleName)}
                      <Typography variant="caption" color="textSecondary" component="div">
                        {step.moduleVersion}
                      </Typography>
                    </TableCell>
                  )}
                  {show('moduleRun') && (
                    <TableCell onClick={(event) => event.stopPropagation()}>
                      <Link component={RouterLink} to={paths.moduleRun(step.moduleRunId)} sx={{ fontFamily: 'monospace' }}>
                        {step.moduleRunId}
                      </Link>
                    </TableCell>
                  )}
                  {show('status') && (
                    <TableCell>
                      <StatusChip status={step.status} />
                      {step.carriedOver && (
                        // Short in a narrow column: the run family card says whose results these are.
                        <Typography
                          variant="caption"
                          color="textSecondary"
                          component="div"
                          title={`Result of ${step.carriedOver.runId}`}
                        >
                          Not run again
                        </Typography>
                      )}
                    </TableCell>
                  )}
                  {show('attempts') && <TableCell align="right">{step.attempts}</TableCell>}
                  {show('duration') && (
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {formatDuration(durations.get(step.stepId) ?? step.durationMs)}
                    </TableCell>
                  )}
                  {show('credits') && (
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {formatAct(step.creditsAct)}
                    </TableCell>
                  )}
                  {show('artifacts') && (
                    <TableCell onClick={(event) => event.stopPropagation()} sx={{ maxWidth: '28rem' }}>
                      <ArtifactLinks artifacts={step.artifacts} region={region} onPreview={onPreviewArtifact} />
                    </TableCell>
                  )}
                  {show('logs') && (
                    <TableCell onClick={(event) => event.stopPropagation()}>
                      <LogStreamLink step={step} region={region} />
                    </TableCell>
                  )}
                </TableRow>
              )
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </div>
  )
}

/** The step's CloudWatch log stream; group and stream as copyable text when the link's checks fail. */
function LogStreamLink({ step, region }: { step: Step; region: string }) {
  const href = cloudWatchLogStreamUrl(step.logGroup, step.logStream, region)
  const text = `${step.logGroup} / ${step.logStream}`
  if (!href) {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center' }}>
        <Typography variant="caption" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
          {text}
        </Typography>
        <CopyButton value={text} label={`Copy log stream of ${clipText(step.name)}`} />
      </Box>
    )
  }
  return (
    <ExternalLink
      href={href}
      title={text}
      label={`CloudWatch logs of ${clipText(step.name)} (new tab)`}
      sx={{ fontSize: 'inherit', whiteSpace: 'nowrap' }}
    >
      CloudWatch
    </ExternalLink>
  )
}
