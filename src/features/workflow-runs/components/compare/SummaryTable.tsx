import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material'
import type { ReactNode } from 'react'
import { formatAct, formatDateTime, formatDuration } from '@/shared/lib/format'
import type { RunSummary } from '../../lib/compare/comparison'
import { stepHealthLabel } from '../../lib/stepHealth'
import { Delta } from './Delta'
import { DELTA_STYLES } from './compareStyles'
import { RunColumnHeader } from './RunColumnHeader'
import { STICKY_FIRST_COLUMN } from './compareStyles'

type Props = {
  summaries: RunSummary[]
  onMakeBaseline: (runId: string) => void
  onRemove: (runId: string) => void
}

type Metric = { label: string; cell: (summary: RunSummary) => ReactNode }

const METRICS: Metric[] = [
  { label: 'Started', cell: (s) => <span title={s.run.startedAt}>{formatDateTime(s.run.startedAt)}</span> },
  { label: 'Triggered by', cell: (s) => s.run.triggeredBy.name },
  {
    label: 'Duration',
    cell: (s) => (
      <>
        {formatDuration(s.run.durationMs)}
        {!s.isBaseline && (
          <div>
            <Delta
              value={s.durationDeltaMs}
              kind="duration"
              pct={s.durationDeltaPct}
              regression={(s.durationDeltaPct ?? 0) >= 25}
            />
          </div>
        )}
      </>
    ),
  },
  {
    label: 'Credits',
    cell: (s) => (
      <>
        {formatAct(s.run.creditsAct)}
        {!s.isBaseline && (
          <div>
            <Delta value={s.creditsDelta} kind="credits" />
          </div>
        )}
      </>
    ),
  },
  { label: 'Steps', cell: (s) => stepHealthLabel(s.run.stepCounts) },
  {
    label: 'Steps that differ',
    cell: (s) => (s.isBaseline ? '—' : s.changedSteps === 0 ? 'none' : String(s.changedSteps)),
  },
  {
    label: 'Regressions (≥ 25 % slower)',
    cell: (s) => (s.isBaseline ? '—' : s.regressions.length === 0 ? 'none' : s.regressions.join(', ')),
  },
]

/** One column per run (the baseline's pinned by its chip), one row per fact, with every other run's Δ to the baseline. */
export function SummaryTable({ summaries, onMakeBaseline, onRemove }: Props) {
  const canRemove = summaries.length > 2
  return (
    <TableContainer sx={{ overflowX: 'auto', ...DELTA_STYLES }}>
      <Table size="small" aria-label="Run summary against the baseline">
        <TableHead>
          <TableRow>
            <TableCell sx={STICKY_FIRST_COLUMN}>Run</TableCell>
            {summaries.map((s, i) => (
              <TableCell key={s.run.id} sx={{ verticalAlign: 'top' }}>
                <RunColumnHeader
                  run={s.run}
                  index={i}
                  isBaseline={s.isBaseline}
                  canRemove={canRemove}
                  onMakeBaseline={onMakeBaseline}
                  onRemove={onRemove}
                />
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {METRICS.map((metric) => (
            <TableRow key={metric.label}>
              <TableCell component="th" scope="row" sx={STICKY_FIRST_COLUMN}>
                {metric.label}
              </TableCell>
              {summaries.map((s) => (
                <TableCell key={s.run.id}>{metric.cell(s)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
