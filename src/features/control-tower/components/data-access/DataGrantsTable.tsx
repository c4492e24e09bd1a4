import { Box, Button, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material'
import type { ReactNode } from 'react'
import type { DataGrant } from '@/shared/contract/organizations'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'
import { LongText } from '@/shared/ui/LongText'
import { StatusChip } from '@/shared/ui/StatusChip'
import { TimeText } from '@/shared/ui/TimeText'

type Props = {
  grants: DataGrant[]
  canManage: boolean
  onApprove: (grant: DataGrant) => void
  onReject: (grant: DataGrant) => void
}

const Secondary = ({ children }: { children: ReactNode }) => (
  <Typography variant="caption" color="text.secondary" component="div">
    {children}
  </Typography>
)

/** Data access requests: what, who and why, the decision, and Approve / Reject on pending ones for those who may. */
export function DataGrantsTable({ grants, canManage, onApprove, onReject }: Props) {
  // The table is wider than most screens; without a button in any row, keyboard users scroll it as a tab stop (WCAG 2.1.1).
  const hasButtons = canManage && grants.some((grant) => grant.status === 'pending')
  return (
    <TableContainer {...(hasButtons ? {} : { tabIndex: 0, role: 'region', 'aria-label': 'Data access requests' })}>
      <Table size="small" aria-label="Data access requests">
        <TableHead>
          <TableRow>
            <TableCell>Provider / catalog</TableCell>
            <TableCell>Datasets</TableCell>
            <TableCell>Access</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Requested</TableCell>
            <TableCell>Justification</TableCell>
            <TableCell>Decision</TableCell>
            {canManage && <TableCell align="right">Actions</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {grants.map((grant) => {
            // For the buttons' names only: a button holds no show-more or copy buttons.
            const name = `${clipText(grant.provider)}/${clipText(grant.catalog)}`
            return (
              <TableRow key={grant.id}>
                <TableCell>
                  <LongText value={grant.catalog} label="catalog" />
                  <Secondary>
                    <LongText value={grant.provider} label="provider" />
                  </Secondary>
                </TableCell>
                <TableCell>
                  <LongText value={grant.datasets.join(', ')} label="datasets" />
                </TableCell>
                <TableCell>{clipText(grant.access)}</TableCell>
                <TableCell>
                  <StatusChip status={grant.status} />
                </TableCell>
                <TableCell>
                  <LongText value={grant.requestedBy.name} label="name" />
                  <Secondary>
                    <TimeText iso={grant.requestedAt} />
                  </Secondary>
                </TableCell>
                <TableCell sx={{ minWidth: '14rem' }}>
                  {grant.justification ? (
                    <LongText value={grant.justification} max={DISPLAY_LIMIT.prose} label="justification" />
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell sx={{ minWidth: '12rem' }}>
                  {grant.decidedBy || grant.decidedAt ? (
                    <>
                      {grant.decidedBy ? <LongText value={grant.decidedBy.name} label="name" /> : '—'}
                      <Secondary>
                        <TimeText iso={grant.decidedAt} />
                      </Secondary>
                      {grant.decisionReason && (
                        <Typography variant="body2">
                          <LongText value={grant.decisionReason} max={DISPLAY_LIMIT.prose} label="decision reason" />
                        </Typography>
                      )}
                    </>
                  ) : (
                    '—'
                  )}
                </TableCell>
                {canManage && (
                  <TableCell align="right">
                    {grant.status === 'pending' && (
                      <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end' }}>
                        <Button size="small" variant="outlined" onClick={() => onApprove(grant)} aria-label={`Approve ${name}`}>
                          Approve
                        </Button>
                        <Button size="small" color="error" onClick={() => onReject(grant)} aria-label={`Reject ${name}`}>
                          Reject
                        </Button>
                      </Box>
                    )}
                  </TableCell>
                )}
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
