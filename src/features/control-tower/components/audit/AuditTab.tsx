import { Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material'
import { SelectField } from '@/shared/ui/SelectField'
import { useInfiniteQuery } from '@tanstack/react-query'
import { EmptyState } from '@/shared/ui/DataState'
import { QueryState } from '@/shared/ui/QueryState'
import { auditQueries } from '../../api/auditQueries'
import { ListFooter } from '@/shared/ui/ListFooter'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { AuditEventRow } from './AuditEventRow'
import { ACTION_FILTERS } from './auditLabels'

/** Audit tab: every change to the organization, newest first, filtered by action in the URL (`auditAction`). */
export function AuditTab({ orgId }: { orgId: string }) {
  const { get, update } = useUrlParams()
  const action = get('auditAction') ?? ''
  // The tab's filter leaves the list under the drawer where it is (its cursor, its page) and adds no history entry.
  const setAction = (value: string) => update({ auditAction: value }, { keepCursor: true, replace: true })
  const query = useInfiniteQuery(auditQueries.list(orgId, { action: action || undefined }))
  const events = query.data?.pages.flatMap((page) => page.items) ?? []
  // A deep link may name an exact action the menu does not list: offer it raw instead of dropping it.
  const filters = ACTION_FILTERS.some((filter) => filter.value === action)
    ? ACTION_FILTERS
    : [...ACTION_FILTERS, { value: action, label: action }]

  // Loading, first-load error, empty and a failed refresh by the one rule of QueryState (decision 012).
  const content = (
    <QueryState
      query={query}
      loading="Loading the audit trail…"
      what="The audit trail"
      isEmpty={() => events.length === 0}
      empty={
        <EmptyState title="No audit events">{action ? 'No change matches this filter.' : 'Nothing has changed yet.'}</EmptyState>
      }
    >
      {() => (
        <>
          <TableContainer>
            <Table size="small" aria-label="Audit events">
              <TableHead>
                <TableRow>
                  <TableCell padding="checkbox">Changes</TableCell>
                  <TableCell>Time</TableCell>
                  <TableCell>Actor</TableCell>
                  <TableCell>Action</TableCell>
                  <TableCell>Target</TableCell>
                  <TableCell>Request id</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {events.map((event) => (
                  <AuditEventRow key={event.id} event={event} />
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <ListFooter noun="events" query={query} />
        </>
      )}
    </QueryState>
  )

  return (
    <Stack spacing={2}>
      <SelectField label="Action" value={action} onChange={setAction} options={filters} minWidth={200} />
      {content}
    </Stack>
  )
}
