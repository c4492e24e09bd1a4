import { Box, Button, FormControlLabel, Stack, Switch, Typography } from '@mui/material'
import CloseIcon from '@mui/icons-material/Close'
import { useEffect, useRef, useState } from 'react'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { clipText } from '@/shared/lib/clip'
import { formatCount } from '@/shared/lib/format'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { EmptyState, LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { SectionCard } from '@/shared/ui/SectionCard'
import { SelectField } from '@/shared/ui/SelectField'
import { LogDiffGrid } from './LogDiffGrid'
import { useLogDiff } from './useLogDiff'

/** How many of the last lines of each log are compared: the end is where a failure is; more on request. */
const LOG_DIFF_LINES = [200, 1000] as const
/** URL keys of the log comparison: the step, the run compared with the baseline, the window and the noise switch. */
const LOG_DIFF_KEYS = { step: 'logs', run: 'run', lines: 'loglines', raw: 'raw' } as const

type Props = { runs: WorkflowRun[]; baselineIndex: number }

/**
 * "Compare logs" (issue 18, item 3): a step's last lines in a run beside the same step's lines in the baseline (from
 * the same point, so a run that stopped early lines up), aligned as a diff with run-specific values masked (a switch
 * shows them), the first line only that run has marked and one action away. Addressable: `?logs=<stepId>&run=<runId>`
 * (and `loglines`, `raw`).
 */
export default function LogDiffSection({ runs, baselineIndex }: Props) {
  const { get, update } = useUrlParams()
  const stepId = get(LOG_DIFF_KEYS.step) ?? ''
  const baseline = runs[baselineIndex]!
  const run = runs.find((r) => r.id === get(LOG_DIFF_KEYS.run))
  const lines = Number(get(LOG_DIFF_KEYS.lines)) === 1000 ? 1000 : 200
  const raw = get(LOG_DIFF_KEYS.raw) === '1'
  const baseStep = baseline.steps.find((step) => step.stepId === stepId)
  const runStep = run?.steps.find((step) => step.stepId === stepId)
  const stepName = clipText(runStep?.name ?? baseStep?.name ?? stepId)
  const comparable = !!run && run !== baseline && !!baseStep && !!runStep
  const diff = useLogDiff(baseline.id, run?.id ?? '', stepId, lines, comparable)
  const [jump, setJump] = useState(0)
  const box = useRef<HTMLDivElement>(null)

  // Opened from "Compare logs": bring the comparison into view and the keyboard into it.
  useEffect(() => {
    box.current?.focus()
  }, [stepId, run?.id])

  const close = () =>
    update(
      { [LOG_DIFF_KEYS.step]: null, [LOG_DIFF_KEYS.run]: null, [LOG_DIFF_KEYS.lines]: null, [LOG_DIFF_KEYS.raw]: null },
      { keepCursor: true },
    )
  const set = (key: string, value: string | null) => update({ [key]: value }, { keepCursor: true, replace: true })
  const ready = diff.ready

  let body
  if (!run || run === baseline)
    body = (
      <EmptyState title="No run to compare">
        {run === baseline ? 'This is the baseline itself.' : 'That run is not in this comparison.'} Use “Compare logs” in the
        steps table.
      </EmptyState>
    )
  else if (!baseStep || !runStep)
    body = (
      <EmptyState title="Nothing to compare against">
        {!baseStep ? `The baseline ${baseline.id} has no step “${stepName}”.` : `${run.id} has no step “${stepName}”.`}
      </EmptyState>
    )
  else if (diff.left.isError || diff.right.isError) {
    const failed = diff.left.isError ? diff.left : diff.right
    body = (
      <ErrorState
        error={failed.error}
        title={`The log of “${stepName}” in ${diff.left.isError ? baseline.id : run.id} could not be loaded`}
        onRetry={() => void failed.refetch()}
      />
    )
  } else if (!ready)
    body = <LoadingState label={diff.left.data && diff.right.data ? 'Comparing the logs' : 'Loading both logs'} />
  else if (ready.left.events.length === 0 || ready.right.events.length === 0)
    body = (
      <EmptyState title="One side has no log">
        {ready.left.events.length === 0
          ? `“${stepName}” has no log lines in the baseline ${baseline.id} (${baseStep.status})`
          : `“${stepName}” has no log lines in ${run.id} (${runStep.status})`}
        : it did not run there, so there is nothing to line up.
      </EmptyState>
    )
  else
    body = (
      <LogDiffGrid
        label={`Log of “${stepName}”: ${baseline.id} (baseline) beside ${run.id}`}
        left={ready.left}
        right={ready.right}
        leftName={`${baseline.id} (baseline)`}
        rightName={run.id}
        summary={ready.summary}
        raw={raw}
        jump={jump}
      />
    )

  return (
    <Box ref={box} tabIndex={-1} sx={{ outline: 'none', scrollMarginTop: 80 }}>
      <SectionCard
        title={`Log of “${stepName}”${run ? `: ${run.id} beside the baseline` : ''}`}
        action={
          <Button size="small" startIcon={<CloseIcon />} onClick={close}>
            Close log comparison
          </Button>
        }
      >
        <Stack spacing={1.5}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
            <FormControlLabel
              control={<Switch checked={raw} onChange={(event) => set(LOG_DIFF_KEYS.raw, event.target.checked ? '1' : null)} />}
              label="Show run-specific values"
            />
            <SelectField
              label="Lines compared"
              value={String(lines)}
              minWidth={180}
              options={LOG_DIFF_LINES.map((n) => ({ value: String(n), label: `Last ${formatCount(n)} lines` }))}
              onChange={(value) => set(LOG_DIFF_KEYS.lines, value === '200' ? null : value)}
            />
            <Button
              variant="outlined"
              size="small"
              disabled={ready?.summary.firstNewRow === undefined}
              onClick={() => setJump((n) => n + 1)}
            >
              Jump to first new line
            </Button>
          </Stack>
          {ready && comparable && (
            <Typography variant="body2" color="textSecondary" aria-live="polite">
              {summaryText(ready, run!.id)}
            </Typography>
          )}
          {body}
        </Stack>
      </SectionCard>
    </Box>
  )
}

function summaryText(ready: NonNullable<ReturnType<typeof useLogDiff>['ready']>, runId: string) {
  const { summary, left, right, anchored } = ready
  const count = (n: number) => `${formatCount(n)} ${n === 1 ? 'line' : 'lines'}`
  const window =
    `The last ${count(right.events.length)} of ${runId} beside ${count(left.events.length)} of the baseline ` +
    (anchored ? 'from the same point.' : '(its last ones: where the others start is not in its log).')
  if (summary.onlyRight === 0 && summary.onlyLeft === 0)
    return `${window} They match once run-specific values are masked${summary.noiseOnly ? ` (${count(summary.noiseOnly)} differ only in them)` : ''}.`
  const first = summary.firstNewRow === undefined ? '' : ' The first new line is marked.'
  return `${window} ${count(summary.onlyRight)} only in ${runId}, ${count(summary.onlyLeft)} only in the baseline; ${count(summary.noiseOnly)} differ only in run-specific values.${first}`
}
