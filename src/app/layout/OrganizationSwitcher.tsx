import { MenuItem, TextField } from '@mui/material'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRevalidator } from 'react-router'
import { TokenPair } from '@/shared/contract/auth'
import { apiPaths } from '@/shared/contract/paths'
import { http, newIdempotencyKey } from '@/shared/api/http'
import { useMe } from '@/shared/auth/meQueries'
import { sessionActions } from '@/shared/stores/sessionStore'
import { noticeActions } from '@/shared/stores/noticeStore'

/** For users in several organizations: switching re-scopes the token, reloads `me` and drops org-scoped data. */
export function OrganizationSwitcher() {
  const me = useMe()
  const queryClient = useQueryClient()
  const revalidator = useRevalidator()
  const switchOrg = useMutation({
    mutationFn: (orgId: string) =>
      http(apiPaths.switchOrg(), TokenPair, { method: 'POST', body: { orgId }, idempotencyKey: newIdempotencyKey() }),
    onSuccess: async (tokens) => {
      sessionActions().signedIn(tokens)
      // Everything cached belongs to the previous organization (api-contract §4).
      queryClient.removeQueries()
      await revalidator.revalidate()
    },
    onError: (error) => noticeActions().noticeShown(`Could not switch organization: ${(error as Error).message}`),
  })
  if (me.organizations.length < 2) return null
  return (
    <TextField
      select
      label="Organization"
      value={me.activeOrgId}
      disabled={switchOrg.isPending}
      onChange={(event) => switchOrg.mutate(event.target.value)}
      sx={{ minWidth: 200 }}
    >
      {me.organizations.map((org) => (
        <MenuItem key={org.id} value={org.id}>
          {org.name}
        </MenuItem>
      ))}
    </TextField>
  )
}
