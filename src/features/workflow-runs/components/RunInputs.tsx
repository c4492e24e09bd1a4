import { Box, Typography } from '@mui/material'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { JsonText } from '@/shared/ui/JsonText'

/** The run's inputs, folded by default (they can be long): a native disclosure, keyboard-ready without extra code. */
export function RunInputs({ run }: { run: WorkflowRun }) {
  return (
    <Box component="details" sx={{ '& > summary': { cursor: 'pointer', mb: 1 } }}>
      <Typography component="summary" variant="subtitle1">
        Run inputs
      </Typography>
      <JsonText value={run.inputs} label="Run inputs" />
    </Box>
  )
}
