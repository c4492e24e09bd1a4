import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material'
import type { Registry } from '@/shared/contract/registries'
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

const HEADERS = ['Registry', 'Patterns', 'Credential', 'Last tested', 'Last used', 'Enabled']

/** The organization's registries in stored order (the order the publish decision tries them, registry-patterns.md §4). */
export function RegistryTable({ registries, now, canManage, togglingId, testingId, onToggle, onAction }: Props) {
  const columns = HEADERS.length + (canManage ? 1 : 0)
  return (
    <TableContainer>
      <Table size="small" aria-label="Registries">
        <TableHead>
          <TableRow>
            {HEADERS.map((header) => (
              <TableCell key={header}>{header}</TableCell>
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
              busy={{ toggling: togglingId === registry.id, testing: testingId === registry.id }}
              onToggle={(enabled) => onToggle(registry, enabled)}
              onAction={(action) => onAction(registry, action)}
            />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
