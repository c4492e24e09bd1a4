import { Chip, Stack, type ChipProps } from '@mui/material'
import type { Registry } from '@/shared/contract/registries'
import { TimeText } from '@/shared/ui/TimeText'
import { CREDENTIAL_STATUS_TEXT, credentialStatus, type CredentialStatus } from '../../lib/credentialStatus'

const COLORS: Record<CredentialStatus, ChipProps['color']> = {
  none: 'default',
  valid: 'success',
  expiring: 'warning',
  expired: 'error',
  failed: 'error',
}

/** Credential status (registry-patterns.md §6) and, for a stored secret, a masked chip with its rotation date. */
export function CredentialCell({ registry, now }: { registry: Registry; now: number }) {
  const status = credentialStatus(registry, now)
  const credential = registry.credential
  const sinceIso = credential?.rotatedAt ?? credential?.createdAt
  const since = credential?.rotatedAt ? 'rotated' : 'set'
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <Chip
        size="small"
        variant="outlined"
        color={COLORS[status]}
        label={status}
        title={CREDENTIAL_STATUS_TEXT[status]}
        aria-label={`Credential ${status}: ${CREDENTIAL_STATUS_TEXT[status]}`}
      />
      {credential?.hasSecret && (
        // The secret itself never comes back from the server: this chip is all there is to show (§6 "write-only").
        // It wraps (MUI's multiline chip) rather than widen the column: the registries fit 1280 px (decision 020).
        <Chip
          size="small"
          label={
            <>
              Secret •••• {since} <TimeText iso={sinceIso} dateOnly />
            </>
          }
          sx={{ height: 'auto', py: 0.25, '& .MuiChip-label': { display: 'block', whiteSpace: 'normal' } }}
        />
      )}
    </Stack>
  )
}
