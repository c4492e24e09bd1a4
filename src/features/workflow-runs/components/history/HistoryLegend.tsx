import { Box, Typography } from '@mui/material'
import type { ReactNode } from 'react'
import type { RunBand } from '@/shared/contract/workflows'
import { formatCount } from '@/shared/lib/format'
import type { HistoryMetric } from '../../lib/history/historyBars'
import { formatStatus } from '@/shared/lib/format'
import { formatValue } from '../../lib/history/historyText'

type Props = {
  counts: Map<string, number>
  band: RunBand | null
  succeeded: number
  metric: HistoryMetric
  clipped: boolean
}

const SWATCH: Record<string, string> = {
  SUCCEEDED: 'var(--mui-palette-success-main)',
  FAILED: 'var(--mui-palette-error-main)',
  TIMED_OUT: 'var(--mui-palette-error-main)',
  ABORTED: 'var(--mui-palette-warning-main)',
  RUNNING:
    'repeating-linear-gradient(45deg, var(--mui-palette-info-main) 0 2px, transparent 2px 4px), var(--mui-palette-background-paper)',
}
const ORDER = ['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'RUNNING']

/** What each colour, mark and shade means, with the count of each status drawn and the band's figures. */
export function HistoryLegend({ counts, band, succeeded, metric, clipped }: Props) {
  const statuses = [...counts.keys()].sort((a, b) => rank(a) - rank(b))
  return (
    <Box
      component="ul"
      aria-label="Legend"
      sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, rowGap: 0.5, listStyle: 'none', p: 0, m: 0, mb: 1 }}
    >
      {statuses.map((status) => (
        <Item key={status} swatch={SWATCH[status] ?? 'var(--mui-palette-text-disabled)'}>
          {formatStatus(status)}
          {status === 'RUNNING' ? ' (so far)' : ''} {formatCount(counts.get(status) ?? 0)}
        </Item>
      ))}
      {((counts.get('FAILED') ?? 0) > 0 || (counts.get('TIMED_OUT') ?? 0) > 0) && (
        <Item swatch="var(--mui-palette-error-main)" mark>
          failed or timed out, marked under the axis
        </Item>
      )}
      {band && (
        <Item swatch="rgba(var(--mui-palette-primary-mainChannel) / 0.25)" outline>
          expected: p25–p75 of {formatCount(succeeded)} succeeded runs, {formatValue(band.p25, metric)} to{' '}
          {formatValue(band.p75, metric)} (line: median {formatValue(band.p50, metric)})
        </Item>
      )}
      {clipped && <Item triangle>off the scale (figures in the tooltip)</Item>}
    </Box>
  )
}

const rank = (status: string) => (ORDER.includes(status) ? ORDER.indexOf(status) : ORDER.length)

function Item(props: { swatch?: string; mark?: boolean; outline?: boolean; triangle?: boolean; children: ReactNode }) {
  const { swatch, mark, outline, triangle, children } = props
  return (
    <Typography component="li" variant="caption" color="textSecondary" sx={{ display: 'flex', alignItems: 'center' }}>
      {triangle ? (
        <Box component="span" aria-hidden="true" sx={{ mr: 0.5, color: 'text.primary', fontSize: 10 }}>
          ▲
        </Box>
      ) : (
        <span
          aria-hidden="true"
          className="run-history-swatch"
          style={{
            background: swatch,
            height: mark ? 4 : undefined,
            border: outline ? '1px dashed var(--mui-palette-primary-main)' : undefined,
          }}
        />
      )}
      {children}
    </Typography>
  )
}
