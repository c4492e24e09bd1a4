import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import type { Me } from '@/shared/contract/auth'
import { useMe } from '@/shared/auth/meQueries'
import { LongText } from '@/shared/ui/LongText'
import { PageHeader } from '@/shared/ui/PageHeader'
import { organizationQueries } from '../api/organizationQueries'
import { OrganizationTabs } from '../components/OrganizationTabs'
import { primeQuery } from '@/shared/api/primeQuery'

export const loader =
  (queryClient: QueryClient) =>
  async ({ me }: LoaderFunctionArgs & { me: Me }) => {
    await primeQuery(queryClient, organizationQueries.detail(me.activeOrgId))
    return null
  }

/** `/settings/organization?tab=…`: the Control Tower tabs for an org admin's own organization only. */
export function Component() {
  const me = useMe()
  const org = me.organizations.find((candidate) => candidate.id === me.activeOrgId)
  return (
    <>
      <PageHeader
        title="Organization settings"
        subtitle={
          org ? (
            <>
              <LongText value={org.name} label="organization name" /> · <LongText value={org.slug} label="slug" />
            </>
          ) : (
            me.activeOrgId
          )
        }
      />
      <OrganizationTabs orgId={me.activeOrgId} />
    </>
  )
}
