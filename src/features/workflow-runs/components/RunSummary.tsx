import { Box } from '@mui/material'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { stepFunctionsExecutionUrl } from '@/shared/lib/awsLinks'
import { formatAct } from '@/shared/lib/format'
import { CopyButton } from '@/shared/ui/CopyButton'
import { ExternalLink } from '@/shared/ui/ExternalLink'
import { StatusChip } from '@/shared/ui/StatusChip'
import { Fact, FactList } from '@/shared/ui/FactList'
import { TimeText } from '@/shared/ui/TimeText'
import { clipText } from '@/shared/lib/clip'
import { DurationWithDelta } from './DurationWithDelta'

type Props = {
  run: WorkflowRun
  /** The time so far while it runs. */
  durationMs?: number
  /** The median duration of the workflow's succeeded runs, when known: the duration shows its difference to it. */
  medianMs?: number | null
}

/** The run's facts as a description list. */
export function RunSummary({ run, durationMs, medianMs }: Props) {
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
        <DurationWithDelta durationMs={durationMs} running={run.status === 'RUNNING'} medianMs={medianMs} />
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
