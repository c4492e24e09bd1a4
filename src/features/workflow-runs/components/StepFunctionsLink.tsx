import { Box, Link, Typography } from '@mui/material'
import OpenInNewIcon from '@mui/icons-material/OpenInNew'
import { stepFunctionsExecutionUrl } from '@/shared/lib/awsLinks'
import { CopyButton } from '@/shared/ui/CopyButton'

type Props = { executionArn: string; region: string; runId: string }

/**
 * The run's Step Functions console page (api-contract §10). Only a checked `https:` link is rendered; an ARN or region
 * that fails its check is offered as copyable text instead.
 */
export function StepFunctionsLink({ executionArn, region, runId }: Props) {
  const href = stepFunctionsExecutionUrl(executionArn, region)
  if (!href) {
    return (
      <Box sx={{ display: 'inline-flex', alignItems: 'center' }}>
        <Typography variant="caption" color="text.secondary" title={executionArn}>
          No console link
        </Typography>
        <CopyButton value={executionArn} label={`Copy execution ARN of ${runId}`} />
      </Box>
    )
  }
  return (
    <Link
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={`Open ${runId} in Step Functions (new tab)`}
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }}
    >
      Step Functions
      <OpenInNewIcon fontSize="inherit" aria-hidden />
    </Link>
  )
}
