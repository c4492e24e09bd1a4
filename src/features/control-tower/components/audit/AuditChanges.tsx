import { Box, Stack, Typography } from '@mui/material'
import type { AuditEvent } from '@/shared/contract/organizations'
import { clipText } from '@/shared/lib/clip'
import { LongText } from '@/shared/ui/LongText'
import { describeChanges, type DiffPart } from '../../lib/auditDiff'
import { ClippedChip } from '../ClippedChip'

const GROUPS = [
  { key: 'removed', title: 'Removed', color: 'error', sign: '− ' },
  { key: 'added', title: 'Added', color: 'success', sign: '+ ' },
  { key: 'kept', title: 'Unchanged', color: 'default', sign: '' },
] as const

function ListDiff({ part }: { part: Extract<DiffPart, { kind: 'list' }> }) {
  return (
    <Stack spacing={0.5}>
      {GROUPS.filter(({ key }) => part[key].length > 0).map(({ key, title, color, sign }) => (
        <Box key={key} sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 0.5 }}>
          <Typography variant="caption" color="textSecondary" sx={{ minWidth: '5rem' }}>
            {title}
          </Typography>
          <Box
            component="ul"
            aria-label={`${title} items`}
            sx={{ m: 0, p: 0, listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 0.5 }}
          >
            {part[key].map((item) => (
              <li key={item}>
                <ClippedChip size="small" variant="outlined" color={color} prefix={sign} value={item} what="item" />
              </li>
            ))}
          </Box>
        </Box>
      ))}
    </Stack>
  )
}

/** The diff of an event's non-secret fields: "from → to" per field, lists as added and removed items. */
export function AuditChanges({ changes }: { changes: AuditEvent['changes'] }) {
  const parts = describeChanges(changes)
  if (parts.length === 0)
    return (
      <Typography variant="body2" color="textSecondary">
        No field changed.
      </Typography>
    )
  return (
    <Stack component="dl" spacing={1} sx={{ m: 0 }}>
      {parts.map((part) => (
        <Box key={part.field} sx={{ display: 'grid', gridTemplateColumns: 'minmax(8rem, auto) 1fr', gap: 2 }}>
          <Typography component="dt" variant="body2" sx={{ fontWeight: 'medium' }} title={clipText(part.field)}>
            {clipText(part.label)}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            {part.kind === 'list' ? (
              <ListDiff part={part} />
            ) : (
              <>
                <Box component="span" sx={{ color: 'text.secondary' }}>
                  <LongText value={part.from} label="previous value" />
                </Box>
                {' → '}
                <LongText value={part.to} label="new value" />
              </>
            )}
          </Typography>
        </Box>
      ))}
    </Stack>
  )
}
