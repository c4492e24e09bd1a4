import { Box, Button, Stack, Typography } from '@mui/material'
import { useMemo, useState } from 'react'
import type { HostLogEntry } from '@/shared/module-host/types'
import { CopyButton } from '@/shared/ui/CopyButton'
import { InputField } from '@/shared/ui/InputField'
import { SectionCard } from '@/shared/ui/SectionCard'

const preview = (value: unknown) => {
  if (value === undefined) return ''
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > 240 ? `${text.slice(0, 240)}…` : text
}

const time = (at: number) => new Date(at).toISOString().slice(11, 23)

/** Every prop call and bridge message, both directions, with the reason of each drop; filterable and copyable. */
export function HarnessLog({ entries, onClear }: { entries: HostLogEntry[]; onClear: () => void }) {
  const [filter, setFilter] = useState('')
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase()
    return needle ? entries.filter((e) => `${e.kind} ${e.name} ${preview(e.detail)}`.toLowerCase().includes(needle)) : entries
  }, [entries, filter])
  return (
    <SectionCard
      title="Callback and bridge log"
      action={
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <CopyButton value={JSON.stringify(shown, null, 2)} label="Copy log as JSON" />
          <Button size="small" onClick={onClear}>
            Clear
          </Button>
        </Stack>
      }
    >
      <InputField label="Filter the log" value={filter} onChange={(e) => setFilter(e.target.value)} sx={{ mb: 1 }} fullWidth />
      <Typography variant="caption" color="textSecondary">
        {shown.length} of {entries.length} entries (the newest 500 are kept)
      </Typography>
      <Box
        component="ol"
        aria-label="Harness log"
        // Scrollable, so keyboard users must be able to focus it to scroll.
        tabIndex={0}
        sx={{ listStyle: 'none', m: 0, p: 0, maxHeight: 360, overflow: 'auto', fontFamily: 'monospace', fontSize: 12 }}
      >
        {shown.map((entry, index) => (
          <Box
            component="li"
            key={`${entry.at}-${index}`}
            data-log-kind={entry.kind}
            sx={{
              py: 0.25,
              borderBottom: 1,
              borderColor: 'divider',
              color: entry.kind === 'dropped' ? 'error.main' : 'text.primary',
            }}
          >
            {time(entry.at)} {entry.kind} <strong>{entry.name}</strong>
            {entry.size !== undefined && ` · ${entry.size} B`}
            {entry.durationMs !== undefined && ` · ${entry.durationMs} ms`} {preview(entry.detail)}
          </Box>
        ))}
      </Box>
    </SectionCard>
  )
}
