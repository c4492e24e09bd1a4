import { Box, Button, Stack, Typography } from '@mui/material'
import ReplayIcon from '@mui/icons-material/Replay'
import StopCircleOutlinedIcon from '@mui/icons-material/StopCircleOutlined'
import { lazy, Suspense, useState } from 'react'
import { useActionKey } from '@/shared/api/useActionKey'
import { useMe } from '@/shared/auth/meQueries'
import type { ModuleRun, ModuleRunCreate } from '@/shared/contract/moduleRuns'
import { formatAct } from '@/shared/lib/format'
import { useCancelModuleRun, useStartModuleRun } from '@/shared/entities/moduleRunMutations'
import { isActiveRun } from '@/shared/entities/moduleRuns'
import { JsonText } from '@/shared/ui/JsonText'

// Loaded when a dialog first opens: dialogs and their form machinery stay out of the run page's first load.
const ConfirmDialog = lazy(() => import('@/shared/ui/ConfirmDialog').then((m) => ({ default: m.ConfirmDialog })))

/**
 * Cancel (confirmed) and re-run (a new run with the same module version, parameters and mode; api-contract §6).
 * Cancel is offered to whoever may do it (api-contract §3: admins on any run, everyone else on their own), never on a
 * run a workflow started: Step Functions controls those.
 */
export function RunActions({ run, onStarted }: { run: ModuleRun; onStarted: (runId: string) => void }) {
  const me = useMe()
  const [dialog, setDialog] = useState<'cancel' | 'rerun' | null>(null)
  const cancel = useCancelModuleRun()
  const start = useStartModuleRun()
  const cancelKey = useActionKey()
  const startKey = useActionKey()
  const active = isActiveRun(run.status)
  const mayCancel = me.isSuperuser || me.roles.includes('admin') || run.triggeredBy.userId === me.id
  // A step's run re-runs on its own: the workflow mode belongs to Step Functions.
  const body: ModuleRunCreate = {
    moduleId: run.moduleId,
    version: run.moduleVersion,
    parameters: run.parameters,
    mode: run.mode === 'interactive' ? 'interactive' : 'async',
  }
  const close = () => {
    setDialog(null)
    cancel.reset()
    start.reset()
  }

  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-end' }}>
      <Box sx={{ display: 'flex', gap: 1 }}>
        {active && mayCancel && !run.workflow && (
          <Button color="error" variant="outlined" startIcon={<StopCircleOutlinedIcon />} onClick={() => setDialog('cancel')}>
            Cancel run
          </Button>
        )}
        <Button variant="contained" startIcon={<ReplayIcon />} onClick={() => setDialog('rerun')}>
          Re-run
        </Button>
      </Box>
      {active && run.workflow && (
        <Typography variant="caption" color="textSecondary">
          Started by a workflow: stop its workflow run to stop it.
        </Typography>
      )}
      {active && !mayCancel && !run.workflow && (
        <Typography variant="caption" color="textSecondary">
          Only {run.triggeredBy.name} or an admin can cancel this run.
        </Typography>
      )}

      {dialog && (
        <Suspense fallback={null}>
          <ConfirmDialog
            open={dialog === 'cancel'}
            title={`Cancel run ${run.runId}?`}
            confirmLabel="Cancel run"
            dismissLabel="Keep running"
            destructive
            pending={cancel.isPending}
            error={cancel.error}
            onClose={close}
            onConfirm={() =>
              cancel.mutate(
                { runId: run.runId, idempotencyKey: cancelKey.current() },
                { onSuccess: () => (cancelKey.renew(), close()) },
              )
            }
          >
            {run.moduleName} {run.moduleVersion} stops now and its partial outputs are discarded. Credits for the work done so far
            are charged; the rest of the {formatAct(run.credit.estimatedAct)} reservation is released.
          </ConfirmDialog>

          <ConfirmDialog
            open={dialog === 'rerun'}
            title={`Re-run ${run.moduleName} ${run.moduleVersion}?`}
            confirmLabel="Start new run"
            pending={start.isPending}
            error={start.error}
            onClose={close}
            onConfirm={() =>
              start.mutate(
                { body, idempotencyKey: startKey.current() },
                {
                  onSuccess: (created) => {
                    startKey.renew()
                    close()
                    onStarted(created.runId)
                  },
                },
              )
            }
          >
            <Typography variant="body2" sx={{ mb: 1 }}>
              A new {body.mode} run starts with the same parameters{run.workflow ? ', outside its workflow' : ''}. Credits are
              reserved when it starts.
            </Typography>
            <JsonText value={run.parameters} label="Parameters of the new run" />
          </ConfirmDialog>
        </Suspense>
      )}
    </Stack>
  )
}
