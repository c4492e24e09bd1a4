import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material'
import { useState, type FormEvent } from 'react'
import { parseImageRef } from '@/shared/contract/imageRef'
import type { CheckImageResult, Registry } from '@/shared/contract/registries'
import { useActionKey } from '@/shared/api/useActionKey'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'
import { LongText } from '@/shared/ui/LongText'
import { ErrorState } from '@/shared/ui/ErrorState'
import { InputField } from '@/shared/ui/InputField'
import { useCheckImage } from '../../api/registryMutations'

type Props = { orgId: string; registries: Registry[] }

/** The server's decision, with the registry (host + id) and pattern that allow the image, or the refusal and why. */
function Verdict({ result, registries }: { result: CheckImageResult; registries: Registry[] }) {
  if (result.allowed && result.matched) {
    const registry = registries.find((candidate) => candidate.id === result.matched?.registryId)
    return (
      <Alert severity="success" role="status" sx={{ overflowWrap: 'anywhere' }}>
        <AlertTitle>Allowed</AlertTitle>
        <code>
          <LongText value={result.normalizedRef} label="image reference" />
        </code>{' '}
        is allowed by the pattern{' '}
        <code>
          <LongText value={result.matched.pattern} label="pattern" />
        </code>{' '}
        of the registry{' '}
        <strong>
          <LongText value={registry?.host ?? result.matched.registryId} label="host" />
        </strong>{' '}
        (<code>{clipText(result.matched.registryId)}</code>).
      </Alert>
    )
  }
  return (
    <Alert severity="error" role="status" sx={{ overflowWrap: 'anywhere' }}>
      <AlertTitle>
        Refused: <code>{clipText(result.code ?? 'REGISTRY_UNAUTHORIZED')}</code>
      </AlertTitle>
      {result.message && <LongText value={result.message} max={DISPLAY_LIMIT.prose} label="message" />}
    </Alert>
  )
}

/**
 * Image-reference checker (issue 3 §4). The local parse is an instant preview with the shared matcher; the "Check"
 * answer comes from the server and is the authoritative decision (api-contract §8 "Decision").
 */
export function ImageRefChecker({ orgId, registries }: Props) {
  const [reference, setReference] = useState('')
  const check = useCheckImage(orgId)
  const key = useActionKey()
  const preview = reference.trim() === '' ? null : parseImageRef(reference)

  const onChange = (text: string) => {
    setReference(text)
    // A new reference is a new question: the previous answer and its key no longer apply.
    key.renew()
    check.reset()
  }
  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    check.mutate({ imageRef: reference, idempotencyKey: key.current() }, { onSuccess: () => key.renew() })
  }

  return (
    <Stack spacing={2} component="form" onSubmit={submit} noValidate aria-label="Image-reference checker">
      <Typography variant="body2" color="textSecondary">
        Would a module image from this reference be accepted for this organization?
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <InputField
          label="Image reference"
          placeholder="ghcr.io/my-org/module:1.0"
          value={reference}
          onChange={(event) => onChange(event.target.value)}
          error={preview !== null && !preview.ok}
          helperText={
            preview === null
              ? 'Type a reference such as ghcr.io/my-org/module:1.0.'
              : preview.ok
                ? `Preview: repository ${clipText(preview.repository)}. Check asks the server, which decides.`
                : `Preview: ${clipText(preview.reason, DISPLAY_LIMIT.prose)}`
          }
          fullWidth
          autoComplete="off"
          inputProps={{ spellCheck: false }}
        />
        <Button
          type="submit"
          variant="contained"
          disabled={reference.trim() === '' || check.isPending}
          sx={{ mt: 1, flexShrink: 0 }}
        >
          {check.isPending ? 'Checking…' : 'Check'}
        </Button>
      </Box>
      {check.data && <Verdict result={check.data} registries={registries} />}
      {check.error && <ErrorState error={check.error} onRetry={() => submit()} />}
    </Stack>
  )
}
