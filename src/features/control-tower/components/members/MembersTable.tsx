import { Box, Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material'
import type { Member } from '@/shared/contract/organizations'
import { LongText } from '@/shared/ui/LongText'
import { TimeText } from '@/shared/ui/TimeText'

/** Members with their roles as chips; dimmed (and busy) while a new search replaces them. */
export function MembersTable({ members, busy }: { members: Member[]; busy: boolean }) {
  return (
    <TableContainer sx={{ opacity: busy ? 0.6 : 1 }} aria-busy={busy}>
      <Table size="small" aria-label="Members">
        <TableHead>
          <TableRow>
            <TableCell>Name</TableCell>
            <TableCell>Email</TableCell>
            <TableCell>Roles</TableCell>
            <TableCell>Joined</TableCell>
            <TableCell>Last active</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {members.map((member) => (
            <TableRow key={member.userId}>
              <TableCell>
                <LongText value={member.name} label="name" />
              </TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                <LongText value={member.email} label="e-mail address" />
              </TableCell>
              <TableCell>
                <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
                  {member.roles.map((role) => (
                    <Chip key={role} size="small" variant="outlined" label={role} />
                  ))}
                </Box>
              </TableCell>
              <TableCell>
                <TimeText iso={member.joinedAt} />
              </TableCell>
              <TableCell>{member.lastActiveAt ? <TimeText iso={member.lastActiveAt} /> : 'Never'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
