import { FormDialogActions } from '@/shared/ui/FormDialogActions'
import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, Dialog, DialogContent, DialogTitle, Divider, FormControlLabel, Stack, Switch, Typography } from '@mui/material'
import { useEffect, useId, useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import type { Registry } from '@/shared/contract/registries'
import { useActionKey } from '@/shared/api/useActionKey'
import { applyServerFieldErrors } from '@/shared/lib/formErrors'
import { useCreateRegistry, useTestUnsavedRegistry } from '../../api/registryMutations'
import { CredentialFields } from './CredentialFields'
import { duplicateChipOf, formFieldOf, hostOf } from './formRules'
import { PatternChipsField } from './PatternChipsField'
import { PatternPreview } from './PatternPreview'
import { ProviderHostFields } from './ProviderHostFields'
import { registryFormDefaults, registryFormSchema, toCreateBody, type RegistryFormValues } from './registryFormSchema'
import { SubmitErrorAlert } from './SubmitErrorAlert'
import { TestConnectionButton } from './TestConnectionButton'

type Props = { orgId: string; onClose: () => void; onSaved: (registry: Registry) => void }

/**
 * Add Registry (registry-patterns.md §8, issue 3 §3, §7, §8): provider → host → patterns → optional credential → test →
 * save. A failed save keeps everything typed; a retry reuses the idempotency key, so it never creates two registries.
 */
export function AddRegistryDialog({ orgId, onClose, onSaved }: Props) {
  const titleId = useId()
  const form = useForm<RegistryFormValues>({ resolver: zodResolver(registryFormSchema), defaultValues: registryFormDefaults })
  const create = useCreateRegistry(orgId)
  const test = useTestUnsavedRegistry(orgId)
  const saveKey = useActionKey()
  const testKey = useActionKey()
  const [unplaced, setUnplaced] = useState<string[]>([])
  const resetTest = test.reset

  const typed = useWatch({ control: form.control })
  const values = { ...registryFormDefaults, ...typed }
  const host = hostOf(values)
  // Whatever is typed after an attempt is a new action: a new key, and a test result that no longer applies. The
  // dependency is the typed values themselves, so focus changes and re-renders do not count as a change.
  const fingerprint = JSON.stringify(typed)
  const renewSaveKey = saveKey.renew
  const renewTestKey = testKey.renew
  useEffect(() => {
    renewSaveKey()
    renewTestKey()
    resetTest()
  }, [fingerprint, renewSaveKey, renewTestKey, resetTest])

  const { errors } = form.formState
  // The body is read from the form when the request goes out, so no secret is kept in the mutation cache.
  const body = () => toCreateBody(form.getValues())

  const save = form.handleSubmit(() => {
    setUnplaced([])
    create.mutate(
      { idempotencyKey: saveKey.current(), body },
      {
        onSuccess: (registry) => {
          saveKey.renew()
          // Registry-patterns.md §6: the secret leaves form state (and the mutation cache) once it has been saved.
          form.reset(registryFormDefaults)
          create.reset()
          resetTest()
          onSaved(registry)
        },
        onError: (error) => {
          const current = form.getValues()
          const hostField = current.provider === 'ecr' ? 'accountId' : null
          setUnplaced(applyServerFieldErrors(error, form.setError, (field) => formFieldOf(field, hostField)))
          const duplicate = duplicateChipOf(error, current.namespaces)
          if (duplicate) form.setError(`namespaces.${duplicate.index}`, { type: 'server', message: duplicate.message })
        },
      },
    )
  })
  const runTest = form.handleSubmit(() =>
    test.mutate({ idempotencyKey: testKey.current(), body }, { onSuccess: () => testKey.renew() }),
  )

  const namespaceErrors = errors.namespaces
  return (
    <Dialog
      open
      onClose={(_event, reason) => reason !== 'backdropClick' && !create.isPending && onClose()}
      aria-labelledby={titleId}
      maxWidth="md"
      fullWidth
    >
      <form onSubmit={(event) => void save(event)} noValidate>
        <DialogTitle id={titleId}>Add registry</DialogTitle>
        <DialogContent>
          <Stack spacing={3} sx={{ pt: 1 }}>
            <ProviderHostFields form={form} host={host} onProviderChange={() => form.setValue('namespaces', [])} />
            <Divider />
            <Stack spacing={2}>
              <Typography variant="subtitle2" component="h3">
                Namespace patterns
              </Typography>
              <Controller
                control={form.control}
                name="namespaces"
                render={({ field }) => (
                  <PatternChipsField
                    host={host}
                    hostMissingText="Enter the account ID and region first: patterns start with the host."
                    value={field.value}
                    onChange={field.onChange}
                    chipErrors={field.value.map((_, i) => namespaceErrors?.[i]?.message)}
                    error={namespaceErrors?.message}
                  />
                )}
              />
              <PatternPreview patterns={values.namespaces} />
            </Stack>
            <Divider />
            <Controller
              control={form.control}
              name="isPrivate"
              render={({ field }) => (
                <FormControlLabel
                  label="Private registry (pull with a read-only credential)"
                  control={
                    <Switch
                      checked={field.value}
                      onChange={(_event, checked) => {
                        field.onChange(checked)
                        // A credential that is not going to be sent does not stay in the form either.
                        if (!checked) for (const name of ['username', 'secret', 'expiresAt'] as const) form.resetField(name)
                      }}
                    />
                  }
                />
              )}
            />
            {values.isPrivate && (
              <>
                <CredentialFields
                  provider={values.provider}
                  register={(name) => form.register(name)}
                  errors={{
                    username: errors.username?.message,
                    secret: errors.secret?.message,
                    expiresAt: errors.expiresAt?.message,
                  }}
                />
                <Alert severity="info">
                  A private registry is saved disabled. Switch it on in the table after a passing Test connection there.
                </Alert>
              </>
            )}
            <TestConnectionButton
              onTest={() => void runTest()}
              pending={test.isPending}
              result={test.data}
              error={test.error ?? undefined}
            />
            {create.error && <SubmitErrorAlert error={create.error} unplaced={unplaced} onRetry={() => void save()} />}
          </Stack>
        </DialogContent>
        <FormDialogActions submitLabel="Save registry" pending={create.isPending} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
