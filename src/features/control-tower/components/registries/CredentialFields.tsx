import { Alert, Stack, TextField } from '@mui/material'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { asInput } from './formRules'
import { credentialLabels, leastPrivilegeHint } from './registryText'

type Field = 'username' | 'secret' | 'expiresAt'

type Props = {
  provider: string
  register: (name: Field) => UseFormRegisterReturn
  errors: Partial<Record<Field, string | undefined>>
  /** Label of the secret field, e.g. "New personal access token" in the rotation dialog. */
  secretLabel?: string
}

/**
 * Username, write-only secret and optional expiry (registry-patterns.md §6). The secret input is uncontrolled and never
 * prefilled: nothing renders a stored secret back, and the browser is told not to autofill or save it.
 */
export function CredentialFields({ provider, register, errors, secretLabel }: Props) {
  const labels = credentialLabels(provider)
  return (
    <Stack spacing={2}>
      <Alert severity="info">{leastPrivilegeHint(provider)}</Alert>
      <TextField
        label={labels.username}
        {...asInput(register('username'))}
        error={!!errors.username}
        helperText={errors.username}
        slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
      />
      <TextField
        label={secretLabel ?? labels.secret}
        type="password"
        {...asInput(register('secret'))}
        error={!!errors.secret}
        helperText={errors.secret ?? 'Write-only: it is sent once and never shown again.'}
        slotProps={{
          htmlInput: { autoComplete: 'new-password', spellCheck: false, 'data-1p-ignore': true, 'data-lpignore': true },
        }}
      />
      <TextField
        label="Expiry date (optional)"
        type="date"
        {...asInput(register('expiresAt'))}
        error={!!errors.expiresAt}
        helperText={errors.expiresAt ?? 'The status turns "expiring" 14 days before this date.'}
        slotProps={{ inputLabel: { shrink: true } }}
      />
    </Stack>
  )
}
