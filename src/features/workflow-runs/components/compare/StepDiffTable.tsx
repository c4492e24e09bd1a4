import { Box, Link } from '@mui/material'
import { memo } from 'react'
import { Link as RouterLink } from 'react-router'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { formatAct, formatDuration } from '@/shared/lib/format'
import type { StepCell, StepRow } from '../../lib/compare/stepAlignment'
import { stepColor } from '../stepStatus'
import { Delta } from './Delta'
import { DELTA_STYLES, diffTableMinWidth, PLAIN_TABLE } from './compareStyles'
import { DiffTableHead } from './DiffTableParts'
import { clipText } from '@/shared/lib/clip'

type Props = {
  runs: WorkflowRun[]
  baselineIndex: number
  rows: StepRow[]
  highlightedStepId?: string
  onHighlight: (stepId: string | undefined) => void
  /** Where "Compare logs" of a failed or regressed step of a run leads (its log beside the baseline's). */
  logsHref?: (stepId: string, runId: string) => string
}

const shortDigest = (digest: string) => digest.replace(/^sha256:/, '').slice(0, 12)
const cssColor = (paletteKey: string) => `var(--mui-palette-${paletteKey.replace('.', '-')})`

/**
 * The step-aligned diff: a row per step id, a column per run. Each cell shows status, attempts, duration (+Δ, share of
 * the run), credits (+Δ), module version and image digest; what differs from the baseline is emphasised, and a step at
 * least 25 % slower is flagged as a regression. Hovering a row highlights that step on the timeline overlay.
 */
export function StepDiffTable({ runs, baselineIndex, rows, highlightedStepId, onHighlight, logsHref }: Props) {
  return (
    <Box sx={{ ...PLAIN_TABLE, ...DELTA_STYLES, ...CELL_STYLES }} onMouseLeave={() => onHighlight(undefined)}>
      <table aria-label="Steps aligned by step id" style={{ minWidth: diffTableMinWidth(runs.length) }}>
        <DiffTableHead first="Step" runs={runs} baselineIndex={baselineIndex} />
        <tbody>
          {rows.map((row) => (
            <StepDiffRow
              key={row.stepId}
              row={row}
              runs={runs}
              highlighted={row.stepId === highlightedStepId}
              onHighlight={onHighlight}
              logsHref={logsHref}
            />
          ))}
        </tbody>
      </table>
    </Box>
  )
}

type RowProps = {
  row: StepRow
  runs: WorkflowRun[]
  highlighted: boolean
  onHighlight: (stepId: string | undefined) => void
  logsHref?: Props['logsHref']
}

/** Memoised: hovering moves the highlight between two rows instead of re-rendering a thousand cells. */
const StepDiffRow = memo(function StepDiffRow({ row, runs, highlighted, onHighlight, logsHref }: RowProps) {
  return (
    <tr data-highlighted={highlighted} onMouseEnter={() => onHighlight(row.stepId)}>
      <th scope="row" className="sticky">
        <div>{clipText(row.name)}</div>
        <span className="mark" data-mark={row.mark}>
          {row.mark}
        </span>
      </th>
      {row.cells.map((cell, i) => (
        <td key={i} className="step-cell" data-mark={cell.mark}>
          <div className="cell-body">
            <StepCellView cell={cell} />
          </div>
          {logsHref && comparesLogs(cell) && (
            <Link
              component={RouterLink}
              to={logsHref(row.stepId, runs[i]!.id)}
              aria-label={`Compare logs of ${clipText(row.name)} in ${runs[i]!.id} with the baseline`}
              className="logs"
            >
              Compare logs
            </Link>
          )}
        </td>
      ))}
    </tr>
  )
})

/** A run's step that failed, was stopped, or regressed: what its log beside the baseline's can explain. */
const comparesLogs = (cell: StepCell) =>
  cell.mark !== 'baseline' &&
  !!cell.step &&
  (cell.regression || cell.step.status === 'failed' || cell.step.status === 'cancelled')

function StepCellView({ cell }: { cell: StepCell }) {
  const { step } = cell
  if (!step) return <span className="muted">{cell.mark === 'removed' ? 'Not in this run (removed)' : '—'}</span>
  const differs = (what: StepCell['differences'][number]) => (cell.differences.includes(what) ? 'differs' : undefined)
  return (
    <>
      <div>
        <span className="dot" style={{ backgroundColor: cssColor(stepColor(step.status)) }} />
        <span className={differs('status')}>{step.status}</span>
        {step.attempts > 1 && <span className={differs('attempts') ?? 'muted'}>{` · ${step.attempts} attempts`}</span>}
        {cell.regression && <span className="regression"> · Regression</span>}
        {cell.mark === 'added' && <span className="muted"> · added</span>}
      </div>
      <div>
        {formatDuration(cell.durationMs)}{' '}
        <Delta value={cell.durationDeltaMs} kind="duration" pct={cell.durationDeltaPct} regression={cell.regression} />
        {cell.shareOfRunPct !== undefined && <span className="muted">{` · ${Math.round(cell.shareOfRunPct)} % of run`}</span>}
      </div>
      <div>
        {formatAct(step.creditsAct)} <Delta value={cell.creditsDelta} kind="credits" />
      </div>
      <div className="muted" title={step.imageDigest}>
        <span className={differs('version')}>v{step.moduleVersion}</span> ·{' '}
        <span className={differs('digest')}>{shortDigest(step.imageDigest)}</span>
      </div>
    </>
  )
}

/** Cell text styles, once for the whole table (see DELTA_STYLES for why not a styled component per cell). */
const CELL_STYLES = {
  '& .step-cell': { fontSize: '0.8125rem', lineHeight: 1.5, minWidth: '13rem' },
  // Ten runs × fifty steps is a table about twice the screen wide and four screens high: the browser lays out and styles
  // only the cells near the viewport and keeps a cell's last size for the rest (issue 16). The text stays in the DOM
  // (find in page, screen readers); four lines of 0.8125rem × 1.5 is the size a cell has before it was ever shown.
  '& .cell-body': { contentVisibility: 'auto', containIntrinsicBlockSize: 'auto 4.875rem' },
  '& .step-cell[data-mark="changed"]': { boxShadow: 'inset 3px 0 0 var(--mui-palette-warning-main)' },
  '& .step-cell[data-mark="added"]': { boxShadow: 'inset 3px 0 0 var(--mui-palette-info-main)' },
  '& .step-cell[data-mark="removed"]': { boxShadow: 'inset 3px 0 0 var(--mui-palette-error-main)' },
  '& .mark': {
    display: 'inline-block',
    mt: 0.5,
    px: 1,
    borderRadius: 4,
    border: 1,
    fontSize: '0.75rem',
    fontWeight: 500,
    color: 'text.secondary',
    borderColor: 'divider',
  },
  // Coloured borders, neutral text: readable in both colour schemes, and the word says it anyway.
  '& .mark[data-mark="changed"]': { color: 'text.primary', borderColor: 'warning.main' },
  '& .mark[data-mark="added"]': { color: 'text.primary', borderColor: 'info.main' },
  '& .mark[data-mark="removed"]': { color: 'text.primary', borderColor: 'error.main' },
  '& .muted': { color: 'text.secondary' },
  '& .differs': { fontWeight: 700, textDecoration: 'underline', textDecorationStyle: 'dotted' },
  '& .regression': { color: 'error.main', fontWeight: 700 },
  '& .logs': { display: 'inline-block', mt: 0.5, fontWeight: 500 },
  '& .dot': { display: 'inline-block', width: 8, height: 8, borderRadius: '50%', mr: 0.75, verticalAlign: 'middle' },
} as const
