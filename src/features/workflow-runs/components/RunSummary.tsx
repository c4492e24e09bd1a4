import { Box } from '@mui/material'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { stepFunctionsExecutionUrl } from '@/shared/lib/awsLinks'
import { formatAct, formatDuration } from '@/shared/lib/format'
import { CopyButton } from '@/shared/ui/CopyButton'
import { ExternalLink } from '@/shared/ui/ExternalLink'
import { StatusChip } from '@/shared/ui/StatusChip'
import { Fact, FactList } from '@/shared/ui/FactList'
import { TimeText } from '@/shared/ui/TimeText'
import { clipText } from '@/shared/lib/clip'

/** The run's facts as a description list; `durationMs` is the time so far while it runs. */
export function RunSummary({ run, durationMs }: { run: WorkflowRun; durationMs?: number }) {
  return (
    <FactList gutterBottom>
      <Fact term="Status">
        <StatusChip status={run.status} />
      </Fact>
      <Fact term="Started">
        <TimeText iso={run.startedAt} />
      </Fact>
      <Fact term="Finished">{run.finishedAt ? <TimeText iso={run.finishedAt} /> : 'running'}</Fact>
      <Fact term="Duration">
        {formatDuration(durationMs)}
        {run.status === 'RUNNING' ? ' so far' : ''}
      </Fact>
      <Fact term="Triggered by">{clipText(run.triggeredBy.name)}</Fact>
      <Fact term="Credits">{formatAct(run.creditsAct)}</Fact>
      <Fact term="Region">{run.region}</Fact>
      <Fact term="Execution ARN" wide>
        <ExecutionArn run={run} />
      </Fact>
    </FactList>
  )
}

/** The ARN as copyable text, plus its Step Functions console page when region and ARN pass their checks (§10). */
function ExecutionArn({ run }: { run: WorkflowRun }) {
  const href = stepFunctionsExecutionUrl(run.executionArn, run.region)
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
      <Box component="code" sx={{ wordBreak: 'break-all' }}>
        {run.executionArn}
      </Box>
      <CopyButton value={run.executionArn} label="Copy execution ARN" />
      {href && (
        <ExternalLink href={href} label="Open in Step Functions (new tab)" sx={{ fontSize: 'inherit' }}>
          Step Functions console
        </ExternalLink>
      )}
    </Box>
  )
}
