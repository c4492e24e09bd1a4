import { Stack } from '@mui/material'
import { useInfiniteQuery } from '@tanstack/react-query'
import { EmptyState, LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
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

  let content
  if (query.isPending) content = <LoadingState label="Loading members…" />
  else if (query.isError && !query.data) content = <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  else if (members.length === 0)
    content = (
      <EmptyState title={q || role ? 'No member matches' : 'No members'}>
        {q || role ? 'Try another name, email or role.' : 'Nobody belongs to this organization yet.'}
      </EmptyState>
    )
  else
    content = (
      <>
        <MembersTable members={members} busy={query.isPlaceholderData} />
        <ListFooter noun="members" query={query} />
      </>
    )

  return (
    <Stack spacing={2}>
      <MemberFilters />
      {content}
    </Stack>
  )
}
