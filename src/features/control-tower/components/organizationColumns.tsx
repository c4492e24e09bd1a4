import { formatCount } from '@/shared/lib/format'
import { Chip, Typography } from '@mui/material'
import { clipText } from '@/shared/lib/clip'
import type { ColumnDef } from '@tanstack/react-table'
import { OrganizationLink } from './OrganizationLink'
import type { OrganizationSummary } from '@/shared/contract/organizations'
import { StatusChip } from '@/shared/ui/StatusChip'
import { TimeText } from '@/shared/ui/TimeText'

const count = formatCount
const NUMBER = { align: 'right', nowrap: true } as const
// Column priorities (issue 17): name, tier, status, members and pending requests fit a 1280 px screen; when it was
// created from 1440 px; plan, registries and modules (all in the drawer) on wider screens or from the column menu.
const WIDE = 1440
const WIDEST = 1600

/** Columns of the organization list; static, so a new search does not rebuild the table. */
export const ORGANIZATION_COLUMNS: ColumnDef<OrganizationSummary, unknown>[] = [
  {
    id: 'name',
    // Sorting is the server's; an accessor is what makes TanStack offer the header as sortable.
    accessorFn: (org) => org.name,
    header: 'Organization',
    meta: { alwaysShown: true },
    enableSorting: true,
    // Rows are virtualized at a fixed height and open the drawer on click: texts are cut here, whole in the drawer.
    cell: ({ row: { original: org } }) => (
      <>
        <OrganizationLink org={org} />
        <Typography variant="caption" color="textSecondary" component="div" noWrap sx={{ maxWidth: '32rem' }}>
          {clipText(org.slug)}
        </Typography>
      </>
    ),
  },
  {
    id: 'tier',
    header: 'Trust tier',
    enableSorting: false,
    cell: ({ row }) => <Chip label={row.original.tier} variant="outlined" />,
  },
  { id: 'plan', header: 'Plan', meta: { minViewport: WIDEST }, enableSorting: false, cell: ({ row }) => row.original.plan },
  { id: 'status', header: 'Status', enableSorting: false, cell: ({ row }) => <StatusChip status={row.original.status} /> },
  {
    id: 'memberCount',
    accessorFn: (org) => org.memberCount,
    meta: NUMBER,
    header: 'Members',
    enableSorting: true,
    cell: ({ row }) => count(row.original.memberCount),
  },
  {
    id: 'registryCount',
    meta: { ...NUMBER, minViewport: WIDEST },
    header: 'Registries',
    enableSorting: false,
    cell: ({ row }) => count(row.original.registryCount),
  },
  {
    id: 'moduleGrantCount',
    meta: { ...NUMBER, minViewport: WIDEST },
    header: 'Modules',
    enableSorting: false,
    cell: ({ row }) => count(row.original.moduleGrantCount),
  },
  {
    id: 'pendingDataGrantCount',
    meta: NUMBER,
    header: 'Pending requests',
    enableSorting: false,
    cell: ({ row }) => count(row.original.pendingDataGrantCount),
  },
  {
    id: 'createdAt',
    accessorFn: (org) => org.createdAt,
    header: 'Created',
    meta: { nowrap: true, minViewport: WIDE },
    enableSorting: true,
    cell: ({ row }) => <TimeText iso={row.original.createdAt} dateOnly />,
  },
]
