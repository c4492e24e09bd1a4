import { Box, Button } from '@mui/material'
import { useId, useState } from 'react'
import type { UserRef } from '@/shared/contract/primitives'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { RUN_FILTER_KEYS } from '../lib/runListParams'
import { DateFilter } from './DateFilter'
import { DatePresets } from './DatePresets'
import { StatusToggles } from './StatusToggles'
import { clipText } from '@/shared/lib/clip'
import { UrlSearchField } from '@/shared/ui/UrlSearchField'

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
const NUMBER_WIDTH = { width: '10rem' }
const nonNegative = (draft: string) => {
  const value = Number(draft)
  return draft.trim() === '' || !Number.isFinite(value) || value < 0 ? '' : draft.trim()
}

/** Every Run History filter (api-contract §9), all kept in the URL; changing one drops the cursor. */
export function RunFilters({ users }: { users: UserRef[] }) {
  const { get, update } = useUrlParams()
  // Bumped by "Clear filters": the fields follow the URL, but a draft the URL never took (a negative number) must go too.
  const [generation, setGeneration] = useState(0)
  const usersId = useId()
  const hasFilters = RUN_FILTER_KEYS.some((key) => get(key))
  return (
    <Box key={generation} sx={{ display: 'flex', flexDirection: 'column', gap: 2, mb: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <UrlSearchField urlKey="q" label="Search runs" placeholder="Run id, ARN, tag or user" sx={{ width: '18rem' }} />
        <StatusToggles />
        {hasFilters && (
          <Button
            onClick={() => {
              update(Object.fromEntries(RUN_FILTER_KEYS.map((key) => [key, null])))
              setGeneration((n) => n + 1)
            }}
          >
            Clear filters
          </Button>
        )}
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <DateFilter urlKey="from" label="Started from" />
        <DateFilter urlKey="to" label="Started until" />
        <DatePresets />
        <UrlSearchField urlKey="triggeredBy" label="Triggered by (user id)" type="text" list={usersId} sx={{ width: '13rem' }} />
        <datalist id={usersId}>
          {users.map((user) => (
            <option key={user.userId} value={user.userId}>
              {clipText(user.name)}
            </option>
          ))}
        </datalist>
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
        <UrlSearchField urlKey="minCredits" label="Min credits (ACT)" type="number" toUrl={nonNegative} sx={NUMBER_WIDTH} />
        <UrlSearchField urlKey="maxCredits" label="Max credits (ACT)" type="number" toUrl={nonNegative} sx={NUMBER_WIDTH} />
      </Box>
    </Box>
  )
}
