import { Box, Chip, Stack, Typography } from '@mui/material'
import type { RunSummary } from '../../lib/compare/comparison'
import type { ArtifactChange } from '../../lib/compare/artifactDiff'
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
 * how many steps differ and regressed, and the artifact-URI change indicators. Readable in seconds.
 */
export function AtAGlance({ summaries }: { summaries: RunSummary[] }) {
  const baseline = summaries.find((s) => s.isBaseline)
  if (!baseline) return null
  return (
    <Stack component="ul" spacing={1} sx={{ listStyle: 'none', m: 0, p: 0, ...DELTA_STYLES }} aria-label="At a glance">
      {summaries
        .filter((s) => !s.isBaseline)
        .map((s) => (
          <Box
            component="li"
            key={s.run.id}
            sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 2, py: 1, display: 'flex', flexWrap: 'wrap', gap: 2 }}
          >
            <Typography variant="subtitle2" component="span" sx={{ minWidth: '14rem' }}>
              {s.run.id}{' '}
              <Typography component="span" variant="body2" color="text.secondary">
                vs {baseline.run.id}
              </Typography>
            </Typography>
            <Fact label="Status">
              {s.run.status === baseline.run.status ? (
                'same'
              ) : (
                <Box
                  component="span"
                  sx={{ color: s.run.status === 'SUCCEEDED' ? 'success.main' : 'error.main', fontWeight: 600 }}
                >
                  {s.run.status} (baseline {baseline.run.status})
                </Box>
              )}
            </Fact>
            <Fact label="Duration">
              <Delta
                value={s.durationDeltaMs}
                kind="duration"
                pct={s.durationDeltaPct}
                regression={(s.durationDeltaPct ?? 0) >= 25}
              />
              {s.durationDeltaMs === undefined && 'not finished'}
            </Fact>
            <Fact label="Credits">
              <Delta value={s.creditsDelta} kind="credits" />
            </Fact>
            <Fact label="Steps">
              {s.changedSteps === 0 ? 'no step differs' : `${s.changedSteps} differ`}
              {s.regressions.length > 0 && (
                <Box component="span" sx={{ color: 'error.main', fontWeight: 600 }}>
                  {`, ${s.regressions.length} regressed`}
                </Box>
              )}
            </Fact>
            <Fact label="Artifacts">
              <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
                {ARTIFACT_INDICATORS.filter(({ change }) => s.artifactChanges[change] > 0).map(({ change, label, warn }) => (
                  <Chip
                    key={change}
                    size="small"
                    variant="outlined"
                    color={warn ? 'warning' : 'default'}
                    label={`${s.artifactChanges[change]} ${label}`}
                  />
                ))}
                {ARTIFACT_INDICATORS.every(({ change }) => s.artifactChanges[change] === 0) && 'all unchanged'}
              </Stack>
            </Fact>
          </Box>
        ))}
    </Stack>
  )
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.75, alignItems: 'baseline' }}>
      <Typography component="span" variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography component="span" variant="body2">
        {children}
      </Typography>
    </Box>
  )
}
