import { Box, Button, Stack, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import { useInfiniteQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { ModuleGrant } from '@/shared/contract/organizations'
import { useHasRole } from '@/shared/auth/meQueries'
import { EmptyState, LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { moduleGrantQueries } from '../../api/moduleGrantQueries'
import { ListFooter } from '@/shared/ui/ListFooter'
import { GrantModuleDialog } from './GrantModuleDialog'
import { ModuleGrantsTable } from './ModuleGrantsTable'
import { RevokeModuleDialog } from './RevokeModuleDialog'

/** Modules tab of an organization: the modules it may run; superusers and admins grant and revoke them (issue 3). */
export function ModuleGrantsTab({ orgId }: { orgId: string }) {
  const canManage = useHasRole('admin')
  const query = useInfiniteQuery(moduleGrantQueries.list(orgId))
  const [granting, setGranting] = useState(false)
  const [revoking, setRevoking] = useState<ModuleGrant | null>(null)
  const pages = query.data?.pages ?? []
  const grants = pages.flatMap((page) => page.items)

  let content
  if (query.isPending) content = <LoadingState label="Loading module grants…" />
  else if (query.isError && !query.data) content = <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  else if (grants.length === 0)
    content = (
      <EmptyState title="No modules granted">
        {canManage ? 'Grant a catalog module so this organization can run it.' : 'This organization cannot run any module yet.'}
      </EmptyState>
    )
  else
    content = (
      <>
        <ModuleGrantsTable grants={grants} canManage={canManage} onRevoke={setRevoking} />
        <ListFooter noun="modules" query={query} />
      </>
    )

  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          Catalog modules this organization may run.
        </Typography>
        {canManage && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setGranting(true)}>
            Grant module
          </Button>
        )}
      </Box>
      {content}
      {granting && <GrantModuleDialog orgId={orgId} onClose={() => setGranting(false)} />}
      {revoking && <RevokeModuleDialog orgId={orgId} grant={revoking} onClose={() => setRevoking(null)} />}
    </Stack>
  )
}
