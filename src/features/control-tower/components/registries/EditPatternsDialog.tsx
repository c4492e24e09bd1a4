import { FormDialogActions } from '@/shared/ui/FormDialogActions'
import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, Button, Dialog, DialogContent, DialogTitle, FormControlLabel, Stack, Switch, TextField } from '@mui/material'
import { useEffect, useId, useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import type { Registry } from '@/shared/contract/registries'
import { useActionKey } from '@/shared/api/useActionKey'
import { clipText } from '@/shared/lib/clip'
import { applyServerFieldErrors } from '@/shared/lib/formErrors'
import { useUpdateRegistry } from '../../api/registryMutations'
import { CredentialFields } from './CredentialFields'
import { EcrHostFields } from './EcrHostFields'
import {
  editableEcrParts,
  editedHost,
  editPatternsDefaults,
  editPatternsSchema,
  toPatchBody,
  type EditPatternsValues,
} from './editPatternsSchema'
import { duplicateChipOf, formFieldOf, rehostPattern } from './formRules'
import { PatternChipsField } from './PatternChipsField'
import { PatternPreview } from './PatternPreview'
import { SubmitErrorAlert } from './SubmitErrorAlert'

type Props = { orgId: string; registry: Registry; onClose: () => void; onSaved: (registry: Registry) => void }

/** Edit the patterns of a registry (and, for ECR, its account or region); PATCH namespaces (api-contract §8). */
export function EditPatternsDialog({ orgId, registry, onClose, onSaved }: Props) {
  const titleId = useId()
  const form = useForm<EditPatternsValues>({
    resolver: zodResolver(editPatternsSchema(registry)),
    defaultValues: editPatternsDefaults(registry),
  })
  const update = useUpdateRegistry(orgId)
  const key = useActionKey()
  const [unplaced, setUnplaced] = useState<string[]>([])

  const typed = useWatch({ control: form.control })
  const values = { ...editPatternsDefaults(registry), ...typed }
  // A changed body is a new action with a new key; focus changes and re-renders are not changes.
  const fingerprint = JSON.stringify(typed)
  const renewKey = key.renew
  useEffect(() => renewKey(), [fingerprint, renewKey])

  const host = editedHost(registry, values)
  const moved = host !== null && host !== registry.host
  const stale = moved && values.namespaces.some((pattern) => pattern.startsWith(`${registry.host}/`))
  const { errors } = form.formState

  const save = form.handleSubmit(() => {
    setUnplaced([])
    update.mutate(
      { registryId: registry.id, idempotencyKey: key.current(), body: () => toPatchBody(registry, form.getValues()) },
      {
        onSuccess: (saved) => {
          form.reset(editPatternsDefaults(saved))
          update.reset()
          onSaved(saved)
        },
        onError: (error) => {
          const current = form.getValues()
          const hostField = editableEcrParts(registry) ? 'accountId' : null
          setUnplaced(applyServerFieldErrors(error, form.setError, (field) => formFieldOf(field, hostField)))
          const duplicate = duplicateChipOf(error, current.namespaces)
          if (duplicate) form.setError(`namespaces.${duplicate.index}`, { type: 'server', message: duplicate.message })
        },
      },
    )
  })

  return (
    <Dialog
      open
      onClose={(_event, reason) => reason !== 'backdropClick' && !update.isPending && onClose()}
      aria-labelledby={titleId}
      maxWidth="md"
      fullWidth
    >
      <form onSubmit={(event) => void save(event)} noValidate>
        <DialogTitle id={titleId}>Edit patterns of {clipText(registry.host)}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {editableEcrParts(registry) ? (
              <EcrHostFields
                register={(name) => form.register(name)}
                errors={{ accountId: errors.accountId?.message, region: errors.region?.message }}
                host={host}
              />
            ) : (
              // Read-only, an echo of the stored host: cut like any display of it.
              <TextField label="Host" value={clipText(registry.host)} slotProps={{ input: { readOnly: true } }} />
            )}
            {moved && registry.credential?.hasSecret && (
              <Alert severity="warning">
                Changing the host clears the stored credential: a secret never goes to a host it was not entered for. Give a new
                credential for {clipText(host ?? '')} below, or add one after saving.
              </Alert>
            )}
            {stale && (
              <Button
                sx={{ alignSelf: 'flex-start' }}
                onClick={() =>
                  form.setValue(
                    'namespaces',
                    values.namespaces.map((pattern) => rehostPattern(pattern, registry.host, host ?? registry.host)),
                    { shouldDirty: true },
                  )
                }
              >
                Move the patterns to {clipText(host ?? '')}
              </Button>
            )}
            <Controller
              control={form.control}
              name="namespaces"
              render={({ field }) => (
                <PatternChipsField
                  host={host}
                  hostMissingText="Enter a valid account ID and region first: patterns start with the host."
                  value={field.value}
                  onChange={field.onChange}
                  chipErrors={field.value.map((_, i) => errors.namespaces?.[i]?.message)}
                  error={errors.namespaces?.message}
                />
              )}
            />
            <PatternPreview patterns={values.namespaces} />
            {moved && (
              <Controller
                control={form.control}
                name="newCredential"
                render={({ field }) => (
                  <FormControlLabel
                    label={`Give a new credential for ${clipText(host ?? '')}`}
                    control={<Switch checked={field.value} onChange={(_event, checked) => field.onChange(checked)} />}
                  />
                )}
              />
            )}
            {moved && values.newCredential && (
              <CredentialFields
                provider={registry.provider}
                register={(name) => form.register(name)}
                errors={{
                  username: errors.username?.message,
                  secret: errors.secret?.message,
                  expiresAt: errors.expiresAt?.message,
                }}
              />
            )}
            {update.error && <SubmitErrorAlert error={update.error} unplaced={unplaced} onRetry={() => void save()} />}
          </Stack>
        </DialogContent>
        <FormDialogActions submitLabel="Save patterns" pending={update.isPending} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
