import { Box, TextField } from '@mui/material'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { asInput } from './formRules'

type Field = 'accountId' | 'region'

type Props = {
  register: (name: Field) => UseFormRegisterReturn
  errors: Partial<Record<Field, string | undefined>>
  /** The host built from both parts, or null while it is not valid yet. */
  host: string | null
}

/** ECR: 12-digit account ID + region, and the host built from them (registry-patterns.md §6), shown read-only. */
export function EcrHostFields({ register, errors, host }: Props) {
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
      <TextField
        label="AWS account ID"
        {...asInput(register('accountId'))}
        error={!!errors.accountId}
        helperText={errors.accountId ?? '12 digits, e.g. 123456789012'}
        slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
      />
      <TextField
        label="AWS region"
        {...asInput(register('region'))}
        error={!!errors.region}
        helperText={errors.region ?? 'e.g. eu-central-1'}
        slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
      />
      <TextField
        label="Host"
        value={host ?? ''}
        placeholder="<account>.dkr.ecr.<region>.amazonaws.com"
        helperText="Built from the account ID and region."
        sx={{ gridColumn: '1 / -1' }}
        slotProps={{ input: { readOnly: true } }}
      />
    </Box>
  )
}
