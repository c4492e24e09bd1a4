import { Chip, Link, Typography } from '@mui/material'
import type { ColumnDef } from '@tanstack/react-table'
import { Link as RouterLink } from 'react-router'
import type { OrganizationSummary } from '@/shared/contract/organizations'
import { StatusChip } from '@/shared/ui/StatusChip'
import { TimeText } from '@/shared/ui/TimeText'

const count = (value: number) => value.toLocaleString()
const NUMBER = { align: 'right', nowrap: true } as const

/** Columns of the organization list; `hrefFor` links each name to its drawer (keyboard users open it with Enter). */
export function organizationColumns(hrefFor: (orgId: string) => string): ColumnDef<OrganizationSummary, unknown>[] {
  return [
    {
      id: 'name',
      header: 'Organization',
      enableSorting: true,
      cell: ({ row: { original: org } }) => (
        <>
          <Link
            component={RouterLink}
            to={hrefFor(org.id)}
            onClick={(event) => event.stopPropagation()}
            sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}
          >
            {org.name}
          </Link>
          <Typography variant="caption" color="text.secondary" component="div">
            {org.slug}
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
    { id: 'plan', header: 'Plan', enableSorting: false, cell: ({ row }) => row.original.plan },
    { id: 'status', header: 'Status', enableSorting: false, cell: ({ row }) => <StatusChip status={row.original.status} /> },
    {
      id: 'memberCount',
      meta: NUMBER,
      header: 'Members',
      enableSorting: true,
      cell: ({ row }) => count(row.original.memberCount),
    },
    {
      id: 'registryCount',
      meta: NUMBER,
      header: 'Registries',
      enableSorting: false,
      cell: ({ row }) => count(row.original.registryCount),
    },
    {
      id: 'moduleGrantCount',
      meta: NUMBER,
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
      header: 'Created',
      meta: { nowrap: true },
      enableSorting: true,
      cell: ({ row }) => <TimeText iso={row.original.createdAt} dateOnly />,
    },
  ]
}
