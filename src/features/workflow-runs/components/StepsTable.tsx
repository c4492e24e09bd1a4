import { Box, Link, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import type { Artifact } from '@/shared/contract/artifacts'
import type { Step } from '@/shared/contract/workflows'
import { cloudWatchLogStreamUrl } from '@/shared/lib/awsLinks'
import { formatAct, formatDuration } from '@/shared/lib/format'
import { paths } from '@/shared/lib/paths'
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

const HEADERS = ['Step', 'Module', 'Module run', 'Status', 'Attempts', 'Duration', 'Credits', 'Artifacts', 'Logs']

/** The run's steps in execution order (a run has a handful: a plain table). A row click selects its step. */
export function StepsTable({ steps, region, durations, selectedStepId, onSelect, onPreviewArtifact }: Props) {
  return (
    <TableContainer>
      <Table size="small" aria-label="Steps">
        <TableHead>
          <TableRow>
            {HEADERS.map((header) => (
              <TableCell key={header} align={['Attempts', 'Duration', 'Credits'].includes(header) ? 'right' : 'left'}>
                {header}
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
                <TableCell>
                  {clipText(step.moduleName)}
                  <Typography variant="caption" color="text.secondary" component="div">
                    {step.moduleVersion}
                  </Typography>
                </TableCell>
                <TableCell onClick={(event) => event.stopPropagation()}>
                  <Link component={RouterLink} to={paths.moduleRun(step.moduleRunId)} sx={{ fontFamily: 'monospace' }}>
                    {step.moduleRunId}
                  </Link>
                </TableCell>
                <TableCell>
                  <StatusChip status={step.status} />
                  {step.carriedOver && (
                    // Short in a narrow column: the run family card says whose results these are.
                    <Typography
                      variant="caption"
                      color="text.secondary"
                      component="div"
                      title={`Result of ${step.carriedOver.runId}`}
                    >
                      Not run again
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right">{step.attempts}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatDuration(durations.get(step.stepId) ?? step.durationMs)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatAct(step.creditsAct)}
                </TableCell>
                <TableCell onClick={(event) => event.stopPropagation()} sx={{ maxWidth: '28rem' }}>
                  <ArtifactLinks artifacts={step.artifacts} region={region} onPreview={onPreviewArtifact} />
                </TableCell>
                <TableCell onClick={(event) => event.stopPropagation()}>
                  <LogStreamLink step={step} region={region} />
                </TableCell>
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
    </TableContainer>
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
