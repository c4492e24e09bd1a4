import { Button, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material'
import type { ModuleGrant } from '@/shared/contract/organizations'
import { clipText } from '@/shared/lib/clip'
import { LongText } from '@/shared/ui/LongText'
import { TimeText } from '@/shared/ui/TimeText'
import { grantLabel } from './grantLabel'

type Props = { grants: ModuleGrant[]; canManage: boolean; onRevoke: (grant: ModuleGrant) => void }

/** Granted modules: name, id, when and by whom, and Revoke for those who may. */
export function ModuleGrantsTable({ grants, canManage, onRevoke }: Props) {
  return (
    <TableContainer>
      <Table size="small" aria-label="Granted modules">
        <TableHead>
          <TableRow>
            <TableCell>Module</TableCell>
            <TableCell>Module id</TableCell>
            <TableCell>Granted</TableCell>
            <TableCell>Granted by</TableCell>
            {canManage && <TableCell align="right">Actions</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {grants.map((grant) => (
            <TableRow key={grant.moduleId}>
              <TableCell>
                <LongText value={grantLabel(grant)} label="module name" />
              </TableCell>
              <TableCell>
                <code>{grant.moduleId}</code>
              </TableCell>
              <TableCell>
                <TimeText iso={grant.grantedAt} />
              </TableCell>
              <TableCell>
                <LongText value={grant.grantedBy.name} label="name" />
              </TableCell>
              {canManage && (
                <TableCell align="right">
                  <Button
                    size="small"
                    color="error"
                    onClick={() => onRevoke(grant)}
                    aria-label={`Revoke ${clipText(grantLabel(grant))}`}
                  >
                    Revoke
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
