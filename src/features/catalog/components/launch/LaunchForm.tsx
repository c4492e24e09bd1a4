import { Box, Button, CircularProgress, Paper, Stack, Typography } from '@mui/material'
import PlayArrowIcon from '@mui/icons-material/PlayArrow'
import { useEffect, useMemo, useState } from 'react'
import { useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form'
import { useNavigate } from 'react-router'
import { useActionKey } from '@/shared/api/useActionKey'
import type { Module } from '@/shared/contract/modules'
import { applyServerFieldErrors } from '@/shared/lib/formErrors'
import { paths } from '@/shared/lib/paths'
import { SelectField } from '@/shared/ui/SelectField'
import { useStartModuleRun } from '@/shared/entities/moduleRunMutations'
import { SubmitError } from '@/shared/ui/SubmitError'
import type { FormField } from '../../lib/inputSchema'
import { MODE_LABELS, runModesOf, type RunMode } from '../../lib/runModes'
import { defaultValuesOf, fieldKeyOf, toParameters, validateValues, type FormValues } from '../../lib/inputValues'
import { ParameterField } from './ParameterField'
import { clipText } from '@/shared/lib/clip'

/** react-hook-form's resolver over the pure validator: the same rules the tests pin down. */
const resolverFor =
  (fields: FormField[]): Resolver<FormValues> =>
  (values) => {
    const messages = validateValues(fields, values)
    if (Object.keys(messages).length === 0) return { values, errors: {} }
    const errors = Object.fromEntries(
      Object.entries(messages).map(([key, message]) => [key, { type: 'validate', message }]),
    ) as FieldErrors<FormValues>
    return { values: {}, errors }
  }

type Props = { module: Module; fields: FormField[] }

/**
 * The generated launch form (issue 4 §3): fields are checked against the manifest's schema before sending; a 422 puts
 * the server's messages on the same fields; nothing typed is lost on any failure; a retry reuses the idempotency key.
 */
export function LaunchForm({ module, fields }: Props) {
  const navigate = useNavigate()
  const modes = runModesOf(module)
  const [mode, setMode] = useState<RunMode>(modes[0] ?? 'async')
  const defaults = useMemo(() => defaultValuesOf(fields), [fields])
  const form = useForm<FormValues>({
    defaultValues: defaults,
    resolver: resolverFor(fields),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })
  const launch = useStartModuleRun()
  const key = useActionKey()
  const [unplaced, setUnplaced] = useState<string[]>([])

  // Changed parameters are a new action with a new key (the same key with another body would answer 409).
  const typed = useWatch({ control: form.control })
  const fingerprint = JSON.stringify([typed, mode])
  const renew = key.renew
  useEffect(() => renew(), [fingerprint, renew])

  const submit = form.handleSubmit((values) => {
    setUnplaced([])
    launch.mutate(
      {
        idempotencyKey: key.current(),
        body: { moduleId: module.id, version: module.currentVersion, parameters: toParameters(fields, values), mode },
      },
      {
        onSuccess: (run) => {
          key.renew()
          void navigate(paths.moduleRun(run.runId))
        },
        onError: (error) => {
          const rest = applyServerFieldErrors(error, form.setError, (field) => fieldKeyOf(fields, field))
          setUnplaced(rest)
          // Focus the first field the server refused, as for the console's own checks.
          const first = fields.find((field) => form.getFieldState(field.key).error)
          if (first) form.setFocus(first.key)
        },
      },
    )
  })

  const { errors } = form.formState
  return (
    <Paper
      component="form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={`Parameters of ${clipText(module.displayName ?? module.moduleName)}`}
      sx={{ p: 3 }}
    >
      <Stack spacing={3}>
        {fields.length === 0 && <Typography variant="body2">This module takes no parameters.</Typography>}
        {fields.map((field) => (
          <ParameterField key={field.key} field={field} control={form.control} error={errors[field.key]?.message} />
        ))}
        {modes.length > 1 && (
          <SelectField
            label="Run mode"
            value={mode}
            onChange={(value) => setMode(value as RunMode)}
            options={modes.map((m) => ({ value: m, label: MODE_LABELS[m] }))}
            minWidth={320}
          />
        )}
        {launch.error && (
          <SubmitError
            error={launch.error}
            unplaced={unplaced}
            onRetry={() => void submit()}
            title="The run did not start"
            fixHint="Correct the highlighted fields and start the run again."
          />
        )}
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Button
            type="submit"
            variant="contained"
            disabled={launch.isPending}
            startIcon={launch.isPending ? <CircularProgress size={16} color="inherit" aria-hidden /> : <PlayArrowIcon />}
          >
            {launch.isPending ? 'Starting…' : 'Start run'}
          </Button>
          <Button type="button" onClick={() => form.reset(defaults)} disabled={launch.isPending}>
            Reset to defaults
          </Button>
          <Typography variant="caption" color="textSecondary">
            Runs v{module.currentVersion}. Fields marked * are required.
          </Typography>
        </Box>
      </Stack>
    </Paper>
  )
}
