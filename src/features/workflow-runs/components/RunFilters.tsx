import TuneIcon from '@mui/icons-material/Tune'
import { Chip } from '@mui/material'
import { useId, useState, type ReactNode } from 'react'
import type { UserRef } from '@/shared/contract/primitives'
import { clipText } from '@/shared/lib/clip'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { PlainButton } from '@/shared/ui/PlainButton'
import { UrlSearchField } from '@/shared/ui/UrlSearchField'
import { RUN_FILTER_KEYS } from '../lib/runListParams'
import { filterChipsFrom } from '../lib/runFilterChips'
import { MoreRunFilters } from './MoreRunFilters'
import { StatusToggles } from './StatusToggles'
import './RunFilters.css'

/**
 * Every Run History filter (api-contract §9), all kept in the URL; changing one drops the cursor. Search and status —
 * the filters used on nearly every visit — sit in one row; the rest open in a "More filters" panel, and each one
 * active shows as a chip that says what it does and removes it. `trailing` ends the row (the list/grid switch). The row
 * is in Run History's first frame: static styles (RunFilters.css, PlainButton) where MUI's added nothing but looks.
 */
export function RunFilters({ users, trailing }: { users: UserRef[]; trailing?: ReactNode }) {
  const { get, update } = useUrlParams()
  // Bumped by "Clear filters": the fields follow the URL, but a draft the URL never took (a negative number) must go too.
  const [generation, setGeneration] = useState(0)
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const hasFilters = RUN_FILTER_KEYS.some((key) => get(key))
  const chips = filterChipsFrom(get, (userId) => {
    const name = users.find((user) => user.userId === userId)?.name
    return name === undefined ? undefined : clipText(name)
  })
  return (
    <div key={generation} className="run-filters">
      <div className="run-filters-row">
        <UrlSearchField urlKey="q" label="Search runs" placeholder="Run id, ARN, tag or user" sx={{ width: '14rem' }} />
        <StatusToggles />
        {/* MUI's Badge in look: the number of active "More filters", over the button's corner. */}
        <span className="run-filters-more">
          <PlainButton
            variant={open ? 'contained' : 'outlined'}
            startIcon={<TuneIcon />}
            aria-expanded={open}
            aria-controls={open ? panelId : undefined}
            onClick={() => setOpen((was) => !was)}
          >
            More filters
          </PlainButton>
          {chips.length > 0 && <span className="run-filters-count">{chips.length}</span>}
        </span>
        {hasFilters && (
          <PlainButton
            onClick={() => {
              update(Object.fromEntries(RUN_FILTER_KEYS.map((key) => [key, null])))
              setGeneration((n) => n + 1)
            }}
          >
            Clear filters
          </PlainButton>
        )}
        {trailing && <div className="run-filters-trailing">{trailing}</div>}
      </div>
      {chips.length > 0 && (
        <div role="group" aria-label="Active filters" className="run-filters-chips">
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
        </div>
      )}
      {open && <MoreRunFilters id={panelId} users={users} />}
    </div>
  )
}
