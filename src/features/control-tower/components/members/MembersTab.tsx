import { Stack } from '@mui/material'
import { useInfiniteQuery } from '@tanstack/react-query'
import { EmptyState } from '@/shared/ui/DataState'
import { QueryState } from '@/shared/ui/QueryState'
import { memberQueries } from '../../api/memberQueries'
import { ListFooter } from '@/shared/ui/ListFooter'
import { MemberFilters } from './MemberFilters'
import { MembersTable } from './MembersTable'
import { useUrlParams } from '@/shared/lib/useUrlParams'

/** Members tab: people of the organization and their roles; search and role filter live in the URL. */
export function MembersTab({ orgId }: { orgId: string }) {
  const { get } = useUrlParams()
  const q = get('memberQ')
  const role = get('memberRole')
  const query = useInfiniteQuery(memberQueries.list(orgId, { q: q || undefined, role: role || undefined }))
  const pages = query.data?.pages ?? []
  const members = pages.flatMap((page) => page.items)

  // Loading, first-load error, empty and a failed refresh by the one rule of QueryState (decision 012).
  const content = (
    <QueryState
      query={query}
      loading="Loading members…"
      what="The members"
      isEmpty={() => members.length === 0}
      empty={
        <EmptyState title={q || role ? 'No member matches' : 'No members'}>
          {q || role ? 'Try another name, email or role.' : 'Nobody belongs to this organization yet.'}
        </EmptyState>
      }
    >
      {() => (
        <>
          <MembersTable members={members} busy={query.isPlaceholderData} />
          <ListFooter noun="members" query={query} />
        </>
      )}
    </QueryState>
  )

  return (
    <Stack spacing={2}>
      <MemberFilters />
      {content}
    </Stack>
  )
}
