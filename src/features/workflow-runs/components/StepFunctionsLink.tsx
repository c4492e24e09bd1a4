import { Box, Typography } from '@mui/material'
import { stepFunctionsExecutionUrl } from '@/shared/lib/awsLinks'
import { CopyButton } from '@/shared/ui/CopyButton'
import { ExternalLink } from '@/shared/ui/ExternalLink'

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
        <Typography variant="caption" color="textSecondary" title={executionArn}>
          No console link
        </Typography>
        <CopyButton value={executionArn} label={`Copy execution ARN of ${runId}`} />
      </Box>
    )
  }
  return (
    <ExternalLink
      href={href}
      label={`Open ${runId} in Step Functions (new tab)`}
      sx={{ fontSize: 'inherit', whiteSpace: 'nowrap' }}
    >
      Step Functions
    </ExternalLink>
  )
}
