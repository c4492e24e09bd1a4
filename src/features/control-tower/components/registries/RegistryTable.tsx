import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material'
import type { ColumnMeta } from '@tanstack/react-table'
import type { Registry } from '@/shared/contract/registries'
import { useColumnVisibility } from '@/shared/ui/columns/useColumnVisibility'
import { LazyColumnMenuBar } from '@/shared/ui/columns/LazyColumnMenuBar'
import { RegistryRow } from './RegistryRow'
import type { RowAction } from './RegistryRowActions'

type Props = {
  registries: Registry[]
  now: number
  canManage: boolean
  togglingId: string | null
  testingId: string | null
  onToggle: (registry: Registry, enabled: boolean) => void
  onAction: (registry: Registry, action: RowAction) => void
}

// Column priorities (issue 17, decision 020): every column but "Last used" fits a 1280 px screen, in the drawer too;
// the last use joins from 1440 px or from the column menu. The pattern count (it opens the patterns), the switch and
// the actions are what a row is for: never hidden. The cells are drawn by RegistryRow; these say only what is shown.
const REGISTRY_COLUMNS: { id: string; header: string; meta?: ColumnMeta<Registry, unknown> }[] = [
  { id: 'registry', header: 'Registry', meta: { alwaysShown: true } },
  { id: 'patterns', header: 'Patterns', meta: { alwaysShown: true } },
  { id: 'credential', header: 'Credential' },
  { id: 'lastTested', header: 'Last tested' },
  { id: 'lastUsed', header: 'Last used', meta: { minViewport: 1440 } },
  { id: 'enabled', header: 'Enabled', meta: { alwaysShown: true } },
]

/** The organization's registries in stored order (the order the publish decision tries them, registry-patterns.md §4). */
export function RegistryTable({ registries, now, canManage, togglingId, testingId, onToggle, onAction }: Props) {
  const shown = useColumnVisibility('organization-registries', REGISTRY_COLUMNS)
  const headers = REGISTRY_COLUMNS.filter((column) => shown.isShown(column.id))
  const columns = headers.length + (canManage ? 1 : 0)
  return (
    <div>
      <LazyColumnMenuBar columns={shown} tableLabel="Registries" />
      <TableContainer>
        <Table size="small" aria-label="Registries">
          <TableHead>
            <TableRow>
              {headers.map((column) => (
                <TableCell key={column.id}>{column.header}</TableCell>
              ))}
              {canManage && (
                <TableCell align="right">
                  <span>Actions</span>
                </TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {registries.map((registry) => (
              <RegistryRow
                key={registry.id}
                registry={registry}
                now={now}
                canManage={canManage}
                columns={columns}
                shown={shown.visibility}
                busy={{ toggling: togglingId === registry.id, testing: testingId === registry.id }}
                onToggle={(enabled) => onToggle(registry, enabled)}
                onAction={(action) => onAction(registry, action)}
              />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </div>
  )
}
