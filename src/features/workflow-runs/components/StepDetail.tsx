import { Alert, AlertTitle, Stack, Typography } from '@mui/material'
import type { Step } from '@/shared/contract/workflows'
import { ModuleUiPanel } from '@/shared/module-host/ModuleUiPanel'
import { SectionCard } from '@/shared/ui/SectionCard'
import { StatusChip } from '@/shared/ui/StatusChip'
import { JsonText } from '@/shared/ui/JsonText'
import { StepLogs } from './StepLogs'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'
import { LongText } from '@/shared/ui/LongText'

/** The selected step: its error when it failed, a with-ui module's own view, its inputs and its logs. */
export function StepDetail({ runId, step }: { runId: string; step: Step }) {
  return (
    <SectionCard title={`Step: ${clipText(step.name)}`} action={<StatusChip status={step.status} />}>
      <Stack spacing={2}>
        {step.error && (
          <Alert severity="error">
            <AlertTitle>{step.error.code}</AlertTitle>
            <LongText value={step.error.message} max={DISPLAY_LIMIT.prose} label="error message" />
          </Alert>
        )}
        {step.status === 'completed' && (
          // A with-ui module shows its own view of the step's module run (nothing appears for a no-ui module).
          <ModuleUiPanel
            moduleId={step.moduleId}
            version={step.moduleVersion}
            runId={step.moduleRunId}
            inputData={step.inputs}
            wrap={(content) => (
              <div>
                <Typography variant="subtitle2" component="h3" gutterBottom>
                  Module UI
                </Typography>
                {content}
              </div>
            )}
          />
        )}
        <div>
          <Typography variant="subtitle2" component="h3" gutterBottom>
            Inputs
          </Typography>
          <JsonText value={step.inputs} label={`Inputs of ${clipText(step.name)}`} />
        </div>
        <div>
          <Typography variant="subtitle2" component="h3" gutterBottom>
            Logs
          </Typography>
          {step.status === 'pending' || step.status === 'skipped' ? (
            <Typography variant="body2" color="textSecondary">
              This step did not start: no logs.
            </Typography>
          ) : (
            <StepLogs key={step.stepId} runId={runId} stepId={step.stepId} stepName={step.name} stepStatus={step.status} />
          )}
        </div>
      </Stack>
    </SectionCard>
  )
}
