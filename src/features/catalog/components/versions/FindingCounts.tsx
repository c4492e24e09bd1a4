import { Box, Chip } from '@mui/material'
import type { IntakeStep } from '@/shared/contract/modules'

type Findings = NonNullable<IntakeStep['findings']>

const SEVERITIES = [
  { key: 'critical', label: 'Critical', color: 'error' },
  { key: 'high', label: 'High', color: 'error' },
  { key: 'medium', label: 'Medium', color: 'warning' },
  { key: 'low', label: 'Low', color: 'default' },
] as const

/** The security scan's findings by severity; HIGH and CRITICAL counts above zero are what reject a version. */
export function FindingCounts({ findings }: { findings: Findings }) {
  return (
    <Box
      component="ul"
      aria-label="Findings by severity"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, p: 0, m: 0, listStyle: 'none' }}
    >
      {SEVERITIES.map(({ key, label, color }) => {
        const count = findings[key]
        return (
          <li key={key}>
            <Chip
              size="small"
              label={`${label}: ${count}`}
              color={count > 0 ? color : 'default'}
              variant={count > 0 && (key === 'critical' || key === 'high') ? 'filled' : 'outlined'}
            />
          </li>
        )
      })}
    </Box>
  )
}
