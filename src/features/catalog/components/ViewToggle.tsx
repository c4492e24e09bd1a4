import { ToggleButton, ToggleButtonGroup } from '@mui/material'
import GridViewIcon from '@mui/icons-material/GridViewOutlined'
import TableRowsIcon from '@mui/icons-material/TableRowsOutlined'
import type { CatalogView } from '../lib/viewPreference'

/** Cards or table; the caller remembers the choice. */
export function ViewToggle({ view, onChange }: { view: CatalogView; onChange: (view: CatalogView) => void }) {
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={view}
      aria-label="View"
      onChange={(_event, value: CatalogView | null) => value && onChange(value)}
      // The default unselected colour (action.active) misses 4.5:1 on the page background.
      sx={{ '& .MuiToggleButton-root:not(.Mui-selected)': { color: 'text.secondary' } }}
    >
      <ToggleButton value="cards" aria-label="Cards">
        <GridViewIcon fontSize="small" sx={{ mr: 0.5 }} aria-hidden />
        Cards
      </ToggleButton>
      <ToggleButton value="table" aria-label="Table">
        <TableRowsIcon fontSize="small" sx={{ mr: 0.5 }} aria-hidden />
        Table
      </ToggleButton>
    </ToggleButtonGroup>
  )
}
