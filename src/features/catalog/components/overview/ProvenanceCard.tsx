import { Box, Chip, Typography } from '@mui/material'
import type { ModuleVersion } from '@/shared/contract/modules'
import { CopyButton } from '@/shared/ui/CopyButton'
import { SectionCard } from '@/shared/ui/SectionCard'
import { TRUST_TIER_HINTS } from '../../lib/moduleLabels'
import { FactList } from '../FactList'

const SIGNATURE: Record<string, { label: string; color: 'success' | 'error' | 'warning'; hint: string }> = {
  valid: { label: 'Signature valid', color: 'success', hint: 'The image is signed with the publisher’s key.' },
  invalid: { label: 'Signature invalid', color: 'error', hint: 'The signature does not match the image.' },
  missing: { label: 'Not signed', color: 'warning', hint: 'The publisher did not sign this image.' },
}

/** A value in monospace with a copy button (image references and digests are copied, never retyped). */
export function CopyableCode({ value, label }: { value: string; label: string }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, maxWidth: '100%' }}>
      <Box component="code" sx={{ wordBreak: 'break-all' }}>
        {value}
      </Box>
      <CopyButton value={value} label={label} />
    </Box>
  )
}

/** Where the current version's image comes from and whether it can be trusted (api-contract §5). */
export function ProvenanceCard({ version, pending }: { version: ModuleVersion | undefined; pending: boolean }) {
  if (!version)
    return (
      <SectionCard title="Provenance">
        <Typography variant="body2" color="textSecondary">
          {pending ? 'Loading the version record…' : 'The version record is not available.'}
        </Typography>
      </SectionCard>
    )
  const signature = SIGNATURE[version.signature.status]
  return (
    <SectionCard title="Provenance">
      <FactList
        facts={[
          { term: 'Image reference', value: <CopyableCode value={version.imageRef} label="Copy image reference" />, wide: true },
          {
            term: 'Digest',
            value: version.digest ? <CopyableCode value={version.digest} label="Copy digest" /> : 'Not captured yet',
            wide: true,
          },
          {
            term: 'Signature',
            value: (
              <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column', gap: 0.5 }}>
                <Chip
                  size="small"
                  variant="outlined"
                  color={signature?.color ?? 'default'}
                  label={signature?.label ?? version.signature.status}
                  sx={{ alignSelf: 'flex-start' }}
                />
                {signature && <span>{signature.hint}</span>}
                {version.signature.keyFingerprint && (
                  <Box component="code" sx={{ wordBreak: 'break-all' }}>
                    {version.signature.keyFingerprint}
                  </Box>
                )}
              </Box>
            ),
            wide: true,
          },
          { term: 'Trust tier', value: TRUST_TIER_HINTS[version.trustTier] ?? version.trustTier, wide: true },
        ]}
      />
    </SectionCard>
  )
}
