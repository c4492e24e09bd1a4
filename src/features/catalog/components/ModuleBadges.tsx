import { Box, Chip } from '@mui/material'
import type { ModuleSummary } from '@/shared/contract/modules'
import { StatusChip } from '@/shared/ui/StatusChip'
import { TRUST_TIER_HINTS, typeLabel } from '../lib/moduleLabels'

const TIER_COLORS: Record<string, 'primary' | 'secondary' | 'default'> = {
  internal: 'primary',
  verified: 'secondary',
  community: 'default',
}

/** Type, trust tier and status of a module as chips; absent fields are left out (only id, name, version are guaranteed). */
export function ModuleBadges({ module }: { module: Pick<ModuleSummary, 'type' | 'trustTier' | 'status'> }) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
      {module.type && <Chip size="small" label={typeLabel(module.type)} variant="outlined" />}
      {module.trustTier && (
        <Chip
          size="small"
          label={module.trustTier}
          color={TIER_COLORS[module.trustTier] ?? 'default'}
          variant="outlined"
          title={TRUST_TIER_HINTS[module.trustTier]}
        />
      )}
      {module.status && <StatusChip status={module.status} />}
    </Box>
  )
}
