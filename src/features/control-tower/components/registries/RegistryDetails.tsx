import { Box, Stack, Typography } from '@mui/material'
import type { Registry } from '@/shared/contract/registries'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'
import { LongText } from '@/shared/ui/LongText'
import { TimeText } from '@/shared/ui/TimeText'
import { ClippedChip } from '../ClippedChip'

/** The expanded part of a row: every pattern, and the credential's non-secret metadata. */
export function RegistryDetails({ registry }: { registry: Registry }) {
  const credential = registry.credential
  return (
    <Stack spacing={1.5} sx={{ py: 1 }}>
      <Box
        component="ul"
        aria-label={`Patterns of ${clipText(registry.host)}`}
        sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexWrap: 'wrap', gap: 1 }}
      >
        {registry.namespaces.map((pattern) => (
          <li key={pattern}>
            <ClippedChip size="small" variant="outlined" value={pattern} what="pattern" />
          </li>
        ))}
      </Box>
      <Typography variant="body2" color="textSecondary">
        {credential ? (
          <>
            Credential{' '}
            {credential.username ? (
              <code>
                <LongText value={credential.username} label="username" />
              </code>
            ) : null}{' '}
            · created <TimeText iso={credential.createdAt} />
            {credential.rotatedAt && (
              <>
                {' '}
                · rotated <TimeText iso={credential.rotatedAt} />
              </>
            )}
            {credential.expiresAt && (
              <>
                {' '}
                · expires <TimeText iso={credential.expiresAt} />
              </>
            )}
          </>
        ) : (
          'Public: pulled without a credential.'
        )}
      </Typography>
      {registry.lastTest && (
        <Typography variant="body2" color="textSecondary">
          Last test: <LongText value={registry.lastTest.message} max={DISPLAY_LIMIT.prose} label="test message" />
        </Typography>
      )}
      <Typography variant="body2" color="textSecondary">
        Added by <LongText value={registry.createdBy.name} label="name" /> on <TimeText iso={registry.createdAt} />
      </Typography>
    </Stack>
  )
}
