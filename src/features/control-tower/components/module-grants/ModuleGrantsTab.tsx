import { Box, Button, Stack, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import { useInfiniteQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { ModuleGrant } from '@/shared/contract/organizations'
import { useHasRole } from '@/shared/auth/meQueries'
import { EmptyState } from '@/shared/ui/DataState'
import { QueryState } from '@/shared/ui/QueryState'
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

  // Loading, first-load error, empty and a failed refresh by the one rule of QueryState (decision 012).
  const content = (
    <QueryState
      query={query}
      loading="Loading module grants…"
      what="The module grants"
      isEmpty={() => grants.length === 0}
      empty={
        <EmptyState title="No modules granted">
          {canManage ? 'Grant a catalog module so this organization can run it.' : 'This organization cannot run any module yet.'}
        </EmptyState>
      }
    >
      {() => (
        <>
          <ModuleGrantsTable grants={grants} canManage={canManage} onRevoke={setRevoking} />
          <ListFooter noun="modules" query={query} />
        </>
      )}
    </QueryState>
  )

  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="body2" color="textSecondary" sx={{ flex: 1 }}>
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
