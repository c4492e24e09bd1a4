import TuneIcon from '@mui/icons-material/Tune'
import { Badge, Box, Button, Chip } from '@mui/material'
import { useId, useState, type ReactNode } from 'react'
import type { UserRef } from '@/shared/contract/primitives'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { UrlSearchField } from '@/shared/ui/UrlSearchField'
import { RUN_FILTER_KEYS } from '../lib/runListParams'
import { filterChipsFrom } from '../lib/runFilterChips'
import { MoreRunFilters } from './MoreRunFilters'
import { StatusToggles } from './StatusToggles'

/**
 * Every Run History filter (api-contract §9), all kept in the URL; changing one drops the cursor. Search and status —
 * the filters used on nearly every visit — sit in one row; the rest open in a "More filters" panel, and each one
 * active shows as a chip that says what it does and removes it. `trailing` ends the row (the list/grid switch).
 */
export function RunFilters({ users, trailing }: { users: UserRef[]; trailing?: ReactNode }) {
  const { get, update } = useUrlParams()
  // Bumped by "Clear filters": the fields follow the URL, but a draft the URL never took (a negative number) must go too.
  const [generation, setGeneration] = useState(0)
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const hasFilters = RUN_FILTER_KEYS.some((key) => get(key))
  const chips = filterChipsFrom(get)
  return (
    <Box key={generation} sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, mb: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <UrlSearchField urlKey="q" label="Search runs" placeholder="Run id, ARN, tag or user" sx={{ width: '14rem' }} />
        <StatusToggles />
        <Badge badgeContent={chips.length} color="primary" overlap="rectangular">
          <Button
            variant={open ? 'contained' : 'outlined'}
            startIcon={<TuneIcon />}
            aria-expanded={open}
            aria-controls={open ? panelId : undefined}
            onClick={() => setOpen((was) => !was)}
          >
            More filters
          </Button>
        </Badge>
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
        {trailing && <Box sx={{ ml: 'auto' }}>{trailing}</Box>}
      </Box>
      {chips.length > 0 && (
        <Box role="group" aria-label="Active filters" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {chips.map((chip) => (
            <Chip
              key={chip.key}
              size="small"
              label={chip.label}
              onClick={() => setOpen(true)}
              onDelete={() => update({ [chip.key]: null })}
              aria-label={`${chip.label}. Press Delete to remove it`}
            />
          ))}
        </Box>
      )}
      {open && <MoreRunFilters id={panelId} users={users} />}
    </Box>
  )
}
