import { Box, Button, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material'
import type { ColumnMeta } from '@tanstack/react-table'
import type { ReactNode } from 'react'
import type { DataGrant } from '@/shared/contract/organizations'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'
import { useColumnVisibility } from '@/shared/ui/columns/useColumnVisibility'
import { LazyColumnMenuBar } from '@/shared/ui/columns/LazyColumnMenuBar'
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
  <Typography variant="caption" color="textSecondary" component="div">
    {children}
  </Typography>
)

// Column priorities (issue 17, decision 020): what is asked, by whom and why, and Approve / Reject fit a 1280 px
// screen, in the drawer too; who decided, when and why (history: the status already says how) joins from 1440 px or
// from the column menu. The cells below are drawn in this order; these say only which show.
const COLUMNS: { id: string; header: string; meta?: ColumnMeta<DataGrant, unknown> }[] = [
  { id: 'catalog', header: 'Provider / catalog', meta: { alwaysShown: true } },
  { id: 'datasets', header: 'Datasets' },
  { id: 'access', header: 'Access' },
  { id: 'status', header: 'Status', meta: { alwaysShown: true } },
  { id: 'requested', header: 'Requested' },
  { id: 'justification', header: 'Justification' },
  { id: 'decision', header: 'Decision', meta: { minViewport: 1440 } },
]

/** Data access requests: what, who and why, the decision, and Approve / Reject on pending ones for those who may. */
export function DataGrantsTable({ grants, canManage, onApprove, onReject }: Props) {
  const shown = useColumnVisibility('organization-data-access', COLUMNS)
  const show = shown.isShown
  // Narrower screens than 1280 px still scroll it; without a button in any row, keyboard users scroll it as a tab
  // stop (WCAG 2.1.1).
  const hasButtons = canManage && grants.some((grant) => grant.status === 'pending')
  return (
    <div>
      <LazyColumnMenuBar columns={shown} tableLabel="Data access requests" />
      <TableContainer {...(hasButtons ? {} : { tabIndex: 0, role: 'region', 'aria-label': 'Data access requests' })}>
        <Table size="small" aria-label="Data access requests">
          <TableHead>
            <TableRow>
              {COLUMNS.filter((column) => show(column.id)).map((column) => (
                <TableCell key={column.id}>{column.header}</TableCell>
              ))}
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
                  {show('datasets') && (
                    <TableCell>
                      <LongText value={grant.datasets.join(', ')} label="datasets" />
                    </TableCell>
                  )}
                  {show('access') && <TableCell>{clipText(grant.access)}</TableCell>}
                  <TableCell>
                    <StatusChip status={grant.status} />
                  </TableCell>
                  {show('requested') && (
                    <TableCell>
                      <LongText value={grant.requestedBy.name} label="name" />
                      <Secondary>
                        <TimeText iso={grant.requestedAt} />
                      </Secondary>
                    </TableCell>
                  )}
                  {show('justification') && (
                    <TableCell sx={{ minWidth: '14rem' }}>
                      {grant.justification ? (
                        <LongText value={grant.justification} max={DISPLAY_LIMIT.prose} label="justification" />
                      ) : (
                        '—'
                      )}
                    </TableCell>
                  )}
                  {show('decision') && (
                    <TableCell sx={{ minWidth: '10rem' }}>
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
                  )}
                  {canManage && (
                    <TableCell align="right">
                      {grant.status === 'pending' && (
                        // The two buttons stack where the column is narrow, so that the actions stay in view at 1280 px.
                        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, justifyContent: 'flex-end' }}>
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
    </div>
  )
}
