import { Box, Button, CircularProgress, Paper, Stack, TextField, Typography } from '@mui/material'
import PlayArrowIcon from '@mui/icons-material/PlayArrow'
import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { useNavigate } from 'react-router'
import { isApiError } from '@/shared/api/ApiError'
import { useActionKey } from '@/shared/api/useActionKey'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { paths } from '@/shared/lib/paths'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { SubmitError } from '@/shared/ui/SubmitError'
import { useRerunWorkflowRun } from '../../api/workflowRunMutations'
import { inputRows } from '../../lib/compare/inputsDiff'
import { inputsText, parseInputs } from '../../lib/inputsJson'
import { InputsDiffTable } from '../compare/InputsDiffTable'

/**
 * "Run with changes" (issue 18, item 4): the run's inputs as JSON to edit (demo workflows declare no input schema, so
 * the server checks them and names each refused field), the changes against the original as a diff before anything
 * starts, and a new run with an idempotency key. What was typed stays through every failure.
 */
export function RerunForm({ run }: { run: WorkflowRun }) {
  const navigate = useNavigate()
  const { get, update } = useUrlParams()
  const original = useMemo(() => inputsText(run.inputs), [run.inputs])
  const [text, setText] = useState(original)
  const typed = useDeferredValue(text)
  const parsed = useMemo(() => parseInputs(typed), [typed])
  const showAll = get('inputs') === 'all'
  const rows = useMemo(() => (parsed.ok ? inputRows([run.inputs, parsed.value], 0, showAll) : []), [parsed, run.inputs, showAll])
  const changes = rows.filter((row) => row.differs).length
  const rerun = useRerunWorkflowRun()
  const key = useActionKey()
  // Other inputs are another action: a new key (the same key with another body would answer 409).
  const renew = key.renew
  useEffect(() => renew(), [text, renew])

  const submit = () => {
    const now = parseInputs(text)
    if (!now.ok) return
    rerun.mutate(
      { runId: run.id, idempotencyKey: key.current(), inputs: now.value },
      {
        onSuccess: (created) => {
          key.renew()
          void navigate(paths.workflowRun(created.workflowId, created.id))
        },
      },
    )
  }
  const refused = isApiError(rerun.error)
    ? rerun.error.fieldErrors.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message))
    : []
  const columns = [
    { ...run, id: `Original (${run.id})` },
    { ...run, id: 'New run' },
  ]

  return (
    <Paper
      component="form"
      noValidate
      aria-label={`Inputs of the new run from ${run.id}`}
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
      sx={{ p: 3 }}
    >
      <Stack spacing={3}>
        <TextField
          label="Inputs (JSON)"
          multiline
          minRows={8}
          maxRows={16}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={!parsed.ok}
          helperText={parsed.ok ? 'Edit the values; the changes against the original run are listed below.' : parsed.message}
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: '0.8125rem' } } }}
          fullWidth
        />
        <Box>
          <Typography variant="h3" component="h2" gutterBottom>
            Changes
          </Typography>
          {parsed.ok ? (
            <InputsDiffTable
              runs={columns}
              baselineIndex={-1}
              rows={rows}
              showAll={showAll}
              onShowAll={(all) => update({ inputs: all ? 'all' : null }, { keepCursor: true, replace: true })}
              against={`the inputs of ${run.id}`}
              label="Changes to the inputs"
            />
          ) : (
            <Typography variant="body2" color="textSecondary">
              The changes appear once the inputs are valid JSON again.
            </Typography>
          )}
        </Box>
        {rerun.error && (
          <SubmitError
            error={rerun.error}
            unplaced={refused}
            onRetry={submit}
            title="The run did not start"
            fixHint="Correct the inputs and start the run again."
          />
        )}
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Button
            type="submit"
            variant="contained"
            disabled={rerun.isPending || !parsed.ok}
            startIcon={rerun.isPending ? <CircularProgress size={16} color="inherit" aria-hidden /> : <PlayArrowIcon />}
          >
            {rerun.isPending
              ? 'Starting…'
              : changes === 0
                ? 'Start run (no changes)'
                : `Start run with ${changes} ${changes === 1 ? 'change' : 'changes'}`}
          </Button>
          <Button type="button" onClick={() => setText(original)} disabled={rerun.isPending || text === original}>
            Reset to the original inputs
          </Button>
          <Typography variant="caption" color="textSecondary">
            Every step runs, with the module versions current now.
          </Typography>
        </Box>
      </Stack>
    </Paper>
  )
}
