import { Box, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import type { Module } from '@/shared/contract/modules'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { CopyButton } from '@/shared/ui/CopyButton'
import { JsonTree } from '@/shared/ui/JsonTree'
import { SectionCard } from '@/shared/ui/SectionCard'
import { SelectField } from '@/shared/ui/SelectField'
import { catalogQueries } from '../../api/catalogQueries'

/** URL key of the version whose manifest is shown (the current one when absent). */
const VERSION_KEY = 'manifestVersion'

/** The manifest as a collapsible tree with copy; any version's manifest can be picked (`manifestVersion`). */
export function ManifestTab({ module }: { module: Module }) {
  const { get, update } = useUrlParams()
  const versions = useQuery(catalogQueries.versions(module.id))
  const chosen = get(VERSION_KEY) ?? module.currentVersion
  const version = versions.data?.items.find((v) => v.version === chosen)
  // The module record carries the current version's manifest, so that one shows even before the versions arrive.
  const manifest = chosen === module.currentVersion ? module.manifest : version?.manifest
  const options = (versions.data?.items ?? [{ version: module.currentVersion, status: module.status ?? '' }]).map((v) => ({
    value: v.version,
    label: `v${v.version}${v.version === module.currentVersion ? ' (current)' : ''}${v.status ? ` · ${v.status.toLowerCase()}` : ''}`,
  }))
  const text = manifest ? JSON.stringify(manifest, null, 2) : ''
  return (
    <SectionCard
      title="Manifest"
      action={
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <SelectField
            label="Version"
            value={chosen}
            options={options}
            onChange={(value) =>
              update({ [VERSION_KEY]: value === module.currentVersion ? null : value }, { keepCursor: true, replace: true })
            }
          />
          {manifest && <CopyButton value={text} label="Copy manifest JSON" />}
        </Box>
      }
    >
      {manifest ? (
        <JsonTree key={chosen} value={manifest} label={`Manifest of v${chosen}`} />
      ) : (
        <Typography variant="body2" color="textSecondary">
          {versions.isPending ? 'Loading the manifest…' : `No manifest for v${chosen}.`}
        </Typography>
      )}
    </SectionCard>
  )
}
