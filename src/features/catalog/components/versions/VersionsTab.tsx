import { Stack, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import type { Module } from '@/shared/contract/modules'
import { EmptyState, LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { RefreshError } from '@/shared/ui/QueryState'
import { catalogQueries } from '../../api/catalogQueries'
import { VersionCard } from './VersionCard'
import { useCanFollowPublish } from './useLiveIntake'

/** Versions worth opening straight away: anything not simply superseded, and the current one. */
const opensExpanded = (status: string, isCurrent: boolean) => isCurrent || status !== 'DEPRECATED'

/** Every version, newest first, each with its intake pipeline; refreshes itself while a version validates. */
export function VersionsTab({ module }: { module: Module }) {
  // Publishers and admins follow each running intake by its publish status (VersionCard); others poll this list.
  const followsPublish = useCanFollowPublish()
  const versions = useQuery(catalogQueries.versions(module.id, !followsPublish))
  if (versions.isPending) return <LoadingState label="Loading versions" />
  if (versions.isError && versions.data === undefined)
    return <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />
  const items = versions.data.items
  if (items.length === 0) return <EmptyState title="No versions">This module has no published version yet.</EmptyState>
  const validating = items.some((v) => v.status === 'VALIDATING')
  return (
    <Stack spacing={1.5}>
      <RefreshError query={versions} what="The versions" />
      <Typography variant="body2" color="textSecondary">
        {items.length} version{items.length === 1 ? '' : 's'}, newest first.
        {validating ? ' Intake is running for a version: it is followed every few seconds until it settles.' : ''}
      </Typography>
      {items.map((version) => {
        const isCurrent = version.version === module.currentVersion
        return (
          <VersionCard
            key={version.version}
            moduleId={module.id}
            version={version}
            isCurrent={isCurrent}
            defaultExpanded={opensExpanded(version.status, isCurrent)}
          />
        )
      })}
    </Stack>
  )
}
