import { Box, Link, Typography } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import type { ModuleRun } from '@/shared/contract/moduleRuns'
import { cloudWatchLogStreamUrl } from '@/shared/lib/awsLinks'
import { defaultAwsRegion } from '@/shared/lib/env'
import { formatAct, formatDuration } from '@/shared/lib/format'
import { paths } from '@/shared/lib/paths'
import { ExternalLink } from '@/shared/ui/ExternalLink'
import { Fact, FactList } from '@/shared/ui/FactList'
import { TimeText } from '@/shared/ui/TimeText'
import { isActiveRun } from '@/shared/entities/moduleRuns'
import { workedMs } from '../lib/workedMs'
import { clipText } from '@/shared/lib/clip'
import { LongText } from '@/shared/ui/LongText'

/** A run's facts as a description list (its status heads the view): module, times, credits (reserved vs used), who and why it ran. */
export function RunFacts({ run, now }: { run: ModuleRun; now: number }) {
  const active = isActiveRun(run.status)
  const cloudWatch = cloudWatchLogStreamUrl(run.logGroup, run.logStream, defaultAwsRegion)
  const worked = workedMs(run, now)
  return (
    <FactList>
      <Fact term="Module">
        <Link component={RouterLink} to={paths.module(run.moduleId)}>
          {clipText(run.moduleName)}
        </Link>{' '}
        {run.moduleVersion}
      </Fact>
      <Fact term="Triggered by">
        <span title={run.triggeredBy.userId}>
          <LongText value={run.triggeredBy.name} label="name" />
        </span>
      </Fact>
      <Fact term="Mode">{run.mode}</Fact>
      <Fact term="Created">
        <TimeText iso={run.createdAt} />
      </Fact>
      <Fact term="Started">{run.startedAt ? <TimeText iso={run.startedAt} /> : 'waiting for a worker'}</Fact>
      <Fact term="Finished">{run.finishedAt ? <TimeText iso={run.finishedAt} /> : active ? 'not yet' : '—'}</Fact>
      <Fact term="Duration">
        {formatDuration(worked)}
        {active && worked !== undefined ? ' so far' : ''}
      </Fact>
      <Fact term="Credits reserved">{formatAct(run.credit.estimatedAct)}</Fact>
      <Fact term="Credits used">
        {run.creditsAct === undefined ? (active ? 'charged when it ends' : '—') : formatAct(run.creditsAct)}
        {run.creditsAct !== undefined && run.credit.estimatedAct > 0 && (
          <Typography component="span" variant="caption" color="textSecondary">
            {' '}
            ({Math.round((run.creditsAct / run.credit.estimatedAct) * 100)} % of the reservation)
          </Typography>
        )}
      </Fact>
      <Fact term="Workflow" wide>
        {run.workflow ? (
          <>
            Step <code>{run.workflow.stepId}</code> of workflow run{' '}
            <Link component={RouterLink} to={paths.workflowRun(run.workflow.workflowId, run.workflow.workflowRunId)}>
              {run.workflow.workflowRunId}
            </Link>
          </>
        ) : (
          'Started on its own, not by a workflow'
        )}
      </Fact>
      <Fact term="CloudWatch log stream" wide>
        <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
          <Box component="code" sx={{ wordBreak: 'break-all' }}>
            {run.logGroup} · {run.logStream}
          </Box>
          {cloudWatch && (
            <ExternalLink href={cloudWatch} label="Open the log stream in CloudWatch (new tab)" sx={{ fontSize: 'inherit' }}>
              CloudWatch
            </ExternalLink>
          )}
        </Box>
      </Fact>
    </FactList>
  )
}
