import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material'
import { useEffect, useId, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { z } from '@/shared/contract/zod'
import type { Registry } from '@/shared/contract/registries'
import { useActionKey } from '@/shared/api/useActionKey'
import { clipText } from '@/shared/lib/clip'
import { applyServerFieldErrors } from '@/shared/lib/formErrors'
import { TimeText } from '@/shared/ui/TimeText'
import { useTestRegistry, useUpdateRegistry } from '../../api/registryMutations'
import { CredentialFields } from './CredentialFields'
import { credentialBody, formFieldOf, refineCredential } from './formRules'
import { SubmitErrorAlert } from './SubmitErrorAlert'
import { TestConnectionButton } from './TestConnectionButton'

type Props = { orgId: string; registry: Registry; onClose: () => void; onSaved: (registry: Registry) => void }

const fields = z.object({ username: z.string(), secret: z.string(), expiresAt: z.string() })
type Values = z.infer<typeof fields>

// Only the credential's own fields exist in this form; anything else goes to the form-level alert.
const credentialFieldOf = (serverField: string) => {
  const name = formFieldOf(serverField, null)
  return name === 'username' || name === 'secret' || name === 'expiresAt' ? name : null
}

/**
 * Rotation (registry-patterns.md §6): type the new secret, test it against the stored host, then save. Saving replaces
 * the stored secret and sets `rotatedAt`; the old one is dropped. The new secret leaves the form once saved.
 */
export function RotateCredentialDialog({ orgId, registry, onClose, onSaved }: Props) {
  const titleId = useId()
  const schema = fields.check(z.superRefine((values, ctx) => refineCredential(values, registry.provider, ctx)))
  const empty = { username: registry.credential?.username ?? '', secret: '', expiresAt: '' }
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: empty })
  const test = useTestRegistry(orgId)
  const update = useUpdateRegistry(orgId)
  const testKey = useActionKey()
  const saveKey = useActionKey()
  const [unplaced, setUnplaced] = useState<string[]>([])
  const resetTest = test.reset

  // A test result belongs to the secret it tested: every change asks for a new test and is a new action. The dependency
  // is the typed values themselves, so focus changes and re-renders do not count as a change.
  const fingerprint = JSON.stringify(useWatch({ control: form.control }))
  const renewSaveKey = saveKey.renew
  const renewTestKey = testKey.renew
  useEffect(() => {
    renewTestKey()
    renewSaveKey()
    resetTest()
  }, [fingerprint, renewTestKey, renewSaveKey, resetTest])

  const runTest = form.handleSubmit(() =>
    test.mutate(
      {
        registryId: registry.id,
        idempotencyKey: testKey.current(),
        body: () => {
          const { username, secret } = form.getValues()
          return { credential: { username: username.trim(), secret } }
        },
      },
      { onSuccess: () => testKey.renew() },
    ),
  )
  const save = form.handleSubmit(() => {
    setUnplaced([])
    update.mutate(
      {
        registryId: registry.id,
        idempotencyKey: saveKey.current(),
        body: () => ({ credential: credentialBody(form.getValues()) }),
      },
      {
        onSuccess: (saved) => {
          form.reset(empty)
          update.reset()
          resetTest()
          onSaved(saved)
        },
        onError: (error) => setUnplaced(applyServerFieldErrors(error, form.setError, credentialFieldOf)),
      },
    )
  })

  const { errors } = form.formState
  const current = registry.credential
  const passed = test.data?.ok === true
  return (
    <Dialog
      open
      onClose={(_event, reason) => reason !== 'backdropClick' && !update.isPending && onClose()}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <form onSubmit={(event) => void save(event)} noValidate>
        <DialogTitle id={titleId}>
          {current?.hasSecret ? 'Rotate the credential' : 'Add a credential'} of {clipText(registry.host)}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {current?.hasSecret && (
              <Alert severity="info">
                Current secret: •••• (set <TimeText iso={current.createdAt} />
                {current.rotatedAt && (
                  <>
                    , last rotated <TimeText iso={current.rotatedAt} />
                  </>
                )}
                ). Saving replaces it; the old secret is dropped.
              </Alert>
            )}
            <CredentialFields
              provider={registry.provider}
              register={(name) => form.register(name)}
              secretLabel="New secret"
              errors={{
                username: errors.username?.message,
                secret: errors.secret?.message,
                expiresAt: errors.expiresAt?.message,
              }}
            />
            <TestConnectionButton
              label="Test new secret"
              onTest={() => void runTest()}
              pending={test.isPending}
              result={test.data}
              error={test.error ?? undefined}
            />
            {update.error && <SubmitErrorAlert error={update.error} unplaced={unplaced} onRetry={() => void save()} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={update.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={!passed || update.isPending}>
            {update.isPending ? 'Saving…' : 'Save new secret'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}
