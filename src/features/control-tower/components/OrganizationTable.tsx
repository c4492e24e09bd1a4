import type { SortingState } from '@tanstack/react-table'
import type { OrganizationSummary } from '@/shared/contract/organizations'
import { DataTable } from '@/shared/ui/DataTable'
import { ORGANIZATION_COLUMNS } from './organizationColumns'

type Props = {
  organizations: OrganizationSummary[]
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
  onOpen: (orgId: string) => void
  openOrgId?: string
}

/** The organization table (TanStack Table + Virtual), in its own chunk so a drawer opened by link does not wait for it. */
export function OrganizationTable({ organizations, sorting, onSortingChange, onOpen, openOrgId }: Props) {
  return (
    <DataTable
      label="Organizations"
      data={organizations}
      columns={ORGANIZATION_COLUMNS}
      columnMenuKey="organizations"
      getRowId={(org) => org.id}
      sorting={sorting}
      onSortingChange={onSortingChange}
      onRowClick={(org) => onOpen(org.id)}
      selectedRowId={openOrgId}
    />
  )
}
