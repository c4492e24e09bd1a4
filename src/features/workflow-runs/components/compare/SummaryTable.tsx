import { Box } from '@mui/material'
import type { ReactNode } from 'react'
import { formatAct, formatDateTime } from '@/shared/lib/format'
import { runDurationText, type RunSummary } from '../../lib/compare/comparison'
import { stepHealthLabel } from '../../lib/stepHealth'
import { Delta } from './Delta'
import { DELTA_STYLES, diffTableMinWidth, FIRST_COLUMN_WIDTH, PLAIN_TABLE } from './compareStyles'
import { RunColumnHeader } from './RunColumnHeader'
import { clipText } from '@/shared/lib/clip'

type Props = {
  summaries: RunSummary[]
  onMakeBaseline: (runId: string) => void
  onRemove: (runId: string) => void
}

type Metric = { label: string; cell: (summary: RunSummary) => ReactNode }

const METRICS: Metric[] = [
  { label: 'Started', cell: (s) => <span title={s.run.startedAt}>{formatDateTime(s.run.startedAt)}</span> },
  { label: 'Triggered by', cell: (s) => clipText(s.run.triggeredBy.name) },
  {
    label: 'Duration',
    cell: (s) => (
      <>
        {runDurationText(s.run)}
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
    <Box sx={{ ...PLAIN_TABLE, ...DELTA_STYLES }}>
      <table aria-label="Run summary against the baseline" style={{ minWidth: diffTableMinWidth(summaries.length) }}>
        <colgroup>
          <col style={{ width: FIRST_COLUMN_WIDTH }} />
          {summaries.map((s) => (
            <col key={s.run.id} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className="sticky">Run</th>
            {summaries.map((s, i) => (
              <th key={s.run.id}>
                <RunColumnHeader
                  run={s.run}
                  index={i}
                  isBaseline={s.isBaseline}
                  canRemove={canRemove}
                  onMakeBaseline={onMakeBaseline}
                  onRemove={onRemove}
                />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {METRICS.map((metric) => (
            <tr key={metric.label}>
              <th scope="row" className="sticky">
                {metric.label}
              </th>
              {summaries.map((s) => (
                <td key={s.run.id}>{metric.cell(s)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  )
}
