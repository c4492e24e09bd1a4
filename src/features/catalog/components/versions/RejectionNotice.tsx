import { Alert, AlertTitle, Box, Typography } from '@mui/material'
import type { ModuleVersion } from '@/shared/contract/modules'
import { INTAKE_STEP_LABELS, remediationFor } from '../../lib/remediation'

/** Why intake rejected a version and what to do about it (the platform troubleshooting guide's advice). */
export function RejectionNotice({ version }: { version: ModuleVersion }) {
  const { errorCode, steps } = version.intake
  const advice = remediationFor(errorCode, steps)
  const failed = steps.find((step) => step.status === 'failed')
  return (
    <Alert severity="error" role="note" aria-label={`Why v${version.version} was rejected`}>
      <AlertTitle>
        Rejected{failed ? ` at ${INTAKE_STEP_LABELS[failed.key] ?? failed.key}` : ''}
        {errorCode && (
          <>
            {' · '}
            <code>{errorCode}</code>
          </>
        )}
      </AlertTitle>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {advice.title}
      </Typography>
      <Typography variant="body2" sx={{ mt: 1 }}>
        How to fix it:
      </Typography>
      <Box component="ol" sx={{ m: 0, pl: 2.5, typography: 'body2' }}>
        {advice.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </Box>
    </Alert>
  )
}
