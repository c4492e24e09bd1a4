import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRevalidator } from 'react-router'
import { TokenPair } from '@/shared/contract/auth'
import { apiPaths } from '@/shared/contract/paths'
import { http, newIdempotencyKey } from '@/shared/api/http'
import { meQueries, useMe } from '@/shared/auth/meQueries'
import { sessionActions } from '@/shared/stores/sessionStore'
import { noticeActions } from '@/shared/stores/noticeStore'
import { SelectField } from '@/shared/ui/SelectField'
import { clipText } from '@/shared/lib/clip'

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
      // Everything cached belongs to the previous organization (api-contract §4). `me` stays on screen until it is
      // read again for the new one: the shell around the page reads it.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueries.all()[0] })
      await queryClient.fetchQuery({ ...meQueries.me(), staleTime: 0 })
      await revalidator.revalidate()
    },
    onError: (error) => noticeActions().noticeShown(`Could not switch organization: ${clipText((error as Error).message)}`),
  })
  if (me.organizations.length < 2) return null
  return (
    <SelectField
      label="Organization"
      value={me.activeOrgId}
      disabled={switchOrg.isPending}
      onChange={(orgId) => switchOrg.mutate(orgId)}
      options={me.organizations.map((org) => ({ value: org.id, label: org.name }))}
      minWidth={200}
    />
  )
}
