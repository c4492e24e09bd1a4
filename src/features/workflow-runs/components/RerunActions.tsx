import { Box, Button, Stack, Typography } from '@mui/material'
import ReplayIcon from '@mui/icons-material/Replay'
import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import { Link as RouterLink, useNavigate } from 'react-router'
import { useActionKey } from '@/shared/api/useActionKey'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { clipText } from '@/shared/lib/clip'
import { paths } from '@/shared/lib/paths'
import { serverNow } from '@/shared/lib/serverClock'
import { useRedriveWorkflowRun, useRerunWorkflowRun } from '../api/workflowRunMutations'
import { rerunQueries } from '../api/rerunQueries'
import { redriveCheck } from '../lib/rerun'

// Loaded when a dialog first opens: the run page's first load stays as it was.
const ConfirmDialog = lazy(() => import('@/shared/ui/ConfirmDialog').then((m) => ({ default: m.ConfirmDialog })))

const names = (steps: { name: string }[]) => steps.map((step) => `“${clipText(step.name)}”`).join(', ')

/**
 * Acting on a run (issue 18, item 4): "Redrive from the failed step" for a failed, timed-out or aborted run (Step
 * Functions redrive: the steps before it are not run again), "Run again" with the same inputs, and "Run with changes"
 * (a form with the inputs and their diff). Every role may start runs (api-contract §3); a redrive that cannot happen
 * says why instead of failing.
 */
export function RerunActions({ run }: { run: WorkflowRun }) {
  const navigate = useNavigate()
  const reruns = useQuery(rerunQueries.reruns(run.id))
  const [dialog, setDialog] = useState<'rerun' | 'redrive' | null>(null)
  const rerun = useRerunWorkflowRun()
  const redrive = useRedriveWorkflowRun()
  const rerunKey = useActionKey()
  const redriveKey = useActionKey()
  const check = redriveCheck(run, reruns.data?.items, serverNow())
  const opened = (created: WorkflowRun) => {
    setDialog(null)
    void navigate(paths.workflowRun(created.workflowId, created.id))
  }
  const close = () => {
    setDialog(null)
    rerun.reset()
    redrive.reset()
  }

  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-end' }}>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', justifyContent: 'flex-end' }}>
        {check.applies && (
          <Button variant="contained" color="warning" disabled={!!check.blocked} onClick={() => setDialog('redrive')}>
            Redrive from the failed step
          </Button>
        )}
        <Button variant="outlined" startIcon={<ReplayIcon />} onClick={() => setDialog('rerun')}>
          Run again
        </Button>
        <Button variant="outlined" component={RouterLink} to={paths.workflowRunRerun(run.workflowId, run.id)}>
          Run with changes
        </Button>
      </Box>
      {check.applies && (
        <Typography variant="caption" color="textSecondary" sx={{ maxWidth: '36rem', textAlign: 'right' }}>
          {check.blocked ??
            `Continues from “${clipText(check.step!.name)}”${check.notRunAgain.length ? `; the ${check.notRunAgain.length} steps before it are not run again` : ''}.`}
        </Typography>
      )}

      {dialog && (
        <Suspense fallback={null}>
          <ConfirmDialog
            open={dialog === 'redrive'}
            title={`Redrive ${run.id} from the failed step?`}
            confirmLabel="Redrive"
            pending={redrive.isPending}
            error={redrive.error}
            onClose={close}
            onConfirm={() =>
              redrive.mutate(
                { runId: run.id, idempotencyKey: redriveKey.current() },
                { onSuccess: (created) => (redriveKey.renew(), opened(created)) },
              )
            }
          >
            {check.applies && check.step && (
              <>
                <Typography variant="body2" sx={{ mb: 1 }}>
                  Step Functions continues this execution from “{clipText(check.step.name)}” with the same inputs.
                </Typography>
                <Typography variant="body2" sx={{ mb: 1 }}>
                  {check.notRunAgain.length
                    ? `Not run again (their results are kept): ${names(check.notRunAgain)}.`
                    : 'It is the first step: every step runs.'}
                </Typography>
                <Typography variant="body2">Credits are charged for the steps that run.</Typography>
              </>
            )}
          </ConfirmDialog>
          <ConfirmDialog
            open={dialog === 'rerun'}
            title={`Run ${run.id} again?`}
            confirmLabel="Start new run"
            pending={rerun.isPending}
            error={rerun.error}
            onClose={close}
            onConfirm={() =>
              rerun.mutate(
                { runId: run.id, idempotencyKey: rerunKey.current() },
                { onSuccess: (created) => (rerunKey.renew(), opened(created)) },
              )
            }
          >
            <Typography variant="body2">
              A new run of this workflow starts with the same inputs as {run.id}; every step runs. To change the inputs first, use
              “Run with changes”.
            </Typography>
          </ConfirmDialog>
        </Suspense>
      )}
    </Stack>
  )
}
