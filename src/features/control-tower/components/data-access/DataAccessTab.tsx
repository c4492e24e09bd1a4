import { Stack } from '@mui/material'
import { SelectField } from '@/shared/ui/SelectField'
import { useInfiniteQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { DATA_GRANT_STATUSES, type DataGrant } from '@/shared/contract/organizations'
import { useHasRole } from '@/shared/auth/meQueries'
import { EmptyState } from '@/shared/ui/DataState'
import { QueryState } from '@/shared/ui/QueryState'
import { dataGrantQueries } from '../../api/dataGrantQueries'
import { ListFooter } from '@/shared/ui/ListFooter'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { ApproveDataGrantDialog } from './ApproveDataGrantDialog'
import { DataGrantsTable } from './DataGrantsTable'
import { RejectDataGrantDialog } from './RejectDataGrantDialog'

type Decision = { kind: 'approve' | 'reject'; grant: DataGrant }

/** Data access tab: the organization's data grant requests, filtered by status in the URL (`dataStatus`). */
export function DataAccessTab({ orgId }: { orgId: string }) {
  const canManage = useHasRole('admin')
  const { get, update } = useUrlParams()
  const param = get('dataStatus')
  // The tab's filter leaves the list under the drawer where it is (its cursor, its page) and adds no history entry.
  const setStatus = (value: string) => update({ dataStatus: value }, { keepCursor: true, replace: true })
  // A value the API would refuse (400) is read as "all" rather than breaking the tab.
  const status = DATA_GRANT_STATUSES.find((value) => value === param) ?? ''
  const query = useInfiniteQuery(dataGrantQueries.list(orgId, { status: status || undefined }))
  const [decision, setDecision] = useState<Decision | null>(null)
  const pages = query.data?.pages ?? []
  const grants = pages.flatMap((page) => page.items)

  // Loading, first-load error, empty and a failed refresh by the one rule of QueryState (decision 012).
  const content = (
    <QueryState
      query={query}
      loading="Loading data access requests…"
      what="The data access requests"
      isEmpty={() => grants.length === 0}
      empty={
        <EmptyState title={status ? `No ${status} requests` : 'No data access requests'}>
          Requests appear here when members of the organization ask for access to a data catalog.
        </EmptyState>
      }
    >
      {() => (
        <>
          <DataGrantsTable
            grants={grants}
            canManage={canManage}
            onApprove={(grant) => setDecision({ kind: 'approve', grant })}
            onReject={(grant) => setDecision({ kind: 'reject', grant })}
          />
          <ListFooter noun="requests" query={query} />
        </>
      )}
    </QueryState>
  )

  const close = () => setDecision(null)
  return (
    <Stack spacing={2}>
      <SelectField
        label="Status"
        value={status}
        onChange={setStatus}
        options={[{ value: '', label: 'All' }, ...DATA_GRANT_STATUSES.map((value) => ({ value, label: value }))]}
      />
      {content}
      {decision?.kind === 'approve' && <ApproveDataGrantDialog orgId={orgId} grant={decision.grant} onClose={close} />}
      {decision?.kind === 'reject' && <RejectDataGrantDialog orgId={orgId} grant={decision.grant} onClose={close} />}
    </Stack>
  )
}
