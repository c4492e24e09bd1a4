import { Box, Button, Typography } from '@mui/material'
import { useId, type ReactNode } from 'react'
import type { UserRef } from '@/shared/contract/primitives'
import { useMe } from '@/shared/auth/meQueries'
import { clipText } from '@/shared/lib/clip'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { UrlSearchField } from '@/shared/ui/UrlSearchField'
import { DateFilter } from './DateFilter'
import { DatePresets } from './DatePresets'

// The URL carries the API's units (ms); people think of run times in minutes.
const MINUTE_MS = 60_000
const minutesToMs = (draft: string) => {
  const minutes = Number(draft)
  return draft.trim() === '' || !Number.isFinite(minutes) || minutes < 0 ? '' : String(Math.round(minutes * MINUTE_MS))
}
const msToMinutes = (value: string) => {
  const ms = Number(value)
  return value === '' || !Number.isFinite(ms) ? '' : String(ms / MINUTE_MS)
}
const nonNegative = (draft: string) => {
  const value = Number(draft)
  return draft.trim() === '' || !Number.isFinite(value) || value < 0 ? '' : draft.trim()
}
// Wide enough for the whole label: a cut label ("Min duration (…") cannot be read.
const NUMBER_WIDTH = { width: '11.5rem' }

/** A labelled group of the panel: the label names what the fields bound. */
function FilterGroup({ label, children }: { label: string; children: ReactNode }) {
  const id = useId()
  return (
    <Box role="group" aria-labelledby={id} sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Typography id={id} variant="subtitle2" component="span">
        {label}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>{children}</Box>
    </Box>
  )
}

/** "Only my runs": the most asked-for "triggered by", one click instead of knowing one's own user id. */
function MyRunsToggle() {
  const me = useMe()
  const { get, update } = useUrlParams()
  const active = get('triggeredBy')?.trim() === me.id
  return (
    <Button
      size="small"
      variant={active ? 'contained' : 'outlined'}
      aria-pressed={active}
      onClick={() => update({ triggeredBy: active ? null : me.id })}
    >
      Only my runs
    </Button>
  )
}

/**
 * The Run History filters used less often than search and status: dates, who triggered, duration and credit bounds.
 * Rendered only while the panel is open, so a visit to Run History pays for them only when someone asks.
 */
export function MoreRunFilters({ id, users }: { id: string; users: UserRef[] }) {
  const usersId = useId()
  return (
    <Box
      id={id}
      role="region"
      aria-label="More filters"
      sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}
    >
      <FilterGroup label="Started">
        <DateFilter urlKey="from" label="Started from" />
        <DateFilter urlKey="to" label="Started until" />
        <DatePresets />
      </FilterGroup>
      <FilterGroup label="Triggered by">
        <UrlSearchField urlKey="triggeredBy" label="Triggered by (user id)" type="text" list={usersId} sx={{ width: '14rem' }} />
        <MyRunsToggle />
        <datalist id={usersId}>
          {users.map((user) => (
            <option key={user.userId} value={user.userId}>
              {clipText(user.name)}
            </option>
          ))}
        </datalist>
      </FilterGroup>
      <FilterGroup label="Duration">
        <UrlSearchField
          urlKey="minDurationMs"
          label="Min duration (min)"
          type="number"
          toUrl={minutesToMs}
          fromUrl={msToMinutes}
          sx={NUMBER_WIDTH}
        />
        <UrlSearchField
          urlKey="maxDurationMs"
          label="Max duration (min)"
          type="number"
          toUrl={minutesToMs}
          fromUrl={msToMinutes}
          sx={NUMBER_WIDTH}
        />
      </FilterGroup>
      <FilterGroup label="Credits">
        <UrlSearchField urlKey="minCredits" label="Min credits (ACT)" type="number" toUrl={nonNegative} sx={NUMBER_WIDTH} />
        <UrlSearchField urlKey="maxCredits" label="Max credits (ACT)" type="number" toUrl={nonNegative} sx={NUMBER_WIDTH} />
      </FilterGroup>
    </Box>
  )
}
