import { Box } from '@mui/material'
import type { ReactNode } from 'react'
import type { RunSummary } from '../../lib/compare/comparison'
import type { ArtifactChange } from '../../lib/compare/artifactDiff'
import { formatStatus } from '@/shared/lib/format'
import { Delta } from './Delta'
import { DELTA_STYLES } from './compareStyles'

const ARTIFACT_INDICATORS: { change: ArtifactChange; label: string; warn?: boolean }[] = [
  { change: 'same-uri-content-changed', label: 'same URI, content changed', warn: true },
  { change: 'changed', label: 'new URI, content changed' },
  { change: 'new-uri-identical-content', label: 'new URI, identical content' },
  { change: 'added', label: 'added' },
  { change: 'removed', label: 'removed', warn: true },
]

/**
 * The platform's "basic comparison", one line per run against the baseline: status, duration and credit change,
 * how many steps differ and regressed, and the artifact-URI change indicators. Readable in seconds. Plain elements
 * styled once (see DELTA_STYLES): with ten runs this is on screen first and must be quick.
 */
export function AtAGlance({ summaries }: { summaries: RunSummary[] }) {
  const baseline = summaries.find((s) => s.isBaseline)
  if (!baseline) return null
  return (
    <Box component="ul" aria-label="At a glance" sx={{ ...DELTA_STYLES, ...GLANCE_STYLES }}>
      {summaries
        .filter((s) => !s.isBaseline)
        .map((s) => {
          const indicators = ARTIFACT_INDICATORS.filter(({ change }) => s.artifactChanges[change] > 0)
          return (
            <li key={s.run.id}>
              <span className="who">
                {s.run.id} <span className="muted">vs {baseline.run.id}</span>
              </span>
              <Fact label="Status">
                {s.run.status === baseline.run.status ? (
                  'same'
                ) : (
                  <span className={s.run.status === 'SUCCEEDED' ? 'better' : 'worse'}>
                    {`${formatStatus(s.run.status)} (baseline ${formatStatus(baseline.run.status)})`}
                  </span>
                )}
              </Fact>
              <Fact label="Duration">
                {s.durationDeltaMs === undefined ? (
                  'not finished'
                ) : (
                  <Delta
                    value={s.durationDeltaMs}
                    kind="duration"
                    pct={s.durationDeltaPct}
                    regression={(s.durationDeltaPct ?? 0) >= 25}
                  />
                )}
              </Fact>
              <Fact label="Credits">
                <Delta value={s.creditsDelta} kind="credits" />
              </Fact>
              <Fact label="Steps">
                {s.changedSteps === 0 ? 'no step differs' : `${s.changedSteps} differ`}
                {s.regressions.length > 0 && <span className="worse">{`, ${s.regressions.length} regressed`}</span>}
              </Fact>
              <Fact label="Artifacts">
                {indicators.length === 0
                  ? 'all unchanged'
                  : indicators.map(({ change, label, warn }) => (
                      <span key={change} className="chip" data-warn={warn ? 'true' : undefined}>
                        {`${s.artifactChanges[change]} ${label}`}
                      </span>
                    ))}
              </Fact>
            </li>
          )
        })}
    </Box>
  )
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <span className="fact">
      <span className="label">{label}</span>
      <span>{children}</span>
    </span>
  )
}

const GLANCE_STYLES = {
  listStyle: 'none',
  m: 0,
  p: 0,
  display: 'grid',
  gap: 1,
  typography: 'body2',
  '& li': {
    border: 1,
    borderColor: 'divider',
    borderRadius: 1,
    px: 2,
    py: 1,
    display: 'flex',
    flexWrap: 'wrap',
    gap: 2,
    alignItems: 'baseline',
  },
  '& .who': { minWidth: '14rem', fontWeight: 600 },
  '& .muted': { color: 'text.secondary', fontWeight: 400 },
  '& .fact': { display: 'inline-flex', gap: 0.75, alignItems: 'baseline', flexWrap: 'wrap' },
  '& .label': { color: 'text.secondary', typography: 'caption' },
  '& .better': { color: 'success.main', fontWeight: 600 },
  '& .worse': { color: 'error.main', fontWeight: 600 },
  '& .chip': { border: 1, borderColor: 'divider', borderRadius: 4, px: 1, fontSize: '0.8125rem', whiteSpace: 'nowrap' },
  '& .chip[data-warn]': { borderColor: 'warning.main', fontWeight: 600 },
} as const
