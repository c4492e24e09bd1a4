import { Box, Chip, Collapse, IconButton, TableCell, TableRow, Typography } from '@mui/material'
import ExpandLessIcon from '@mui/icons-material/ExpandLess'
import ExpandMoreIcon from '@mui/icons-material/ExpandMore'
import { useId, useState } from 'react'
import type { AuditEvent } from '@/shared/contract/organizations'
import { clipText } from '@/shared/lib/clip'
import { CopyButton } from '@/shared/ui/CopyButton'
import { LongText } from '@/shared/ui/LongText'
import { TimeText } from '@/shared/ui/TimeText'
import { AuditChanges } from './AuditChanges'
import { actionLabel, outcomeText, targetTypeLabel } from './auditLabels'

const AUDIT_COLUMNS = 6

/** One audit event; its diff of non-secret fields expands below it. */
export function AuditEventRow({ event }: { event: AuditEvent }) {
  const [open, setOpen] = useState(false)
  const detailsId = useId()
  const hasChanges = event.changes.length > 0
  return (
    <>
      <TableRow sx={{ '& > td': { borderBottom: open ? 'none' : undefined } }}>
        <TableCell padding="checkbox">
          {hasChanges && (
            <IconButton
              size="small"
              aria-label={open ? 'Hide changes' : 'Show changes'}
              aria-expanded={open}
              aria-controls={detailsId}
              onClick={() => setOpen((value) => !value)}
            >
              {open ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
            </IconButton>
          )}
        </TableCell>
        <TableCell>
          <TimeText iso={event.at} />
        </TableCell>
        <TableCell>
          <LongText value={event.actor.name} label="name" />
          {event.actor.role && (
            <Typography variant="caption" color="textSecondary" component="div">
              {clipText(event.actor.role)}
            </Typography>
          )}
        </TableCell>
        <TableCell>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            {/* An action the console does not know is shown raw (auditLabels): cut like any data. */}
            <span title={clipText(event.action)}>
              <LongText value={actionLabel(event.action)} label="action" />
            </span>
            {event.outcome && (
              <Chip
                size="small"
                variant="outlined"
                color={event.outcome.ok ? 'success' : 'error'}
                label={clipText(outcomeText(event.outcome))}
              />
            )}
          </Box>
        </TableCell>
        <TableCell>
          <Typography variant="caption" color="textSecondary" component="div">
            {clipText(targetTypeLabel(event.target.type))}
          </Typography>
          <LongText value={event.target.label} label="target" />
        </TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>
          <code title={clipText(event.requestId)}>{event.requestId.slice(0, 8)}…</code>
          <CopyButton value={event.requestId} label="Copy request id" />
        </TableCell>
      </TableRow>
      <TableRow id={detailsId}>
        <TableCell colSpan={AUDIT_COLUMNS} sx={{ py: 0 }}>
          <Collapse in={open} unmountOnExit>
            <Box sx={{ py: 2, pl: 6 }}>
              <AuditChanges changes={event.changes} />
            </Box>
          </Collapse>
        </TableCell>
      </TableRow>
    </>
  )
}
