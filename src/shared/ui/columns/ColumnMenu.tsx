import CheckBoxIcon from '@mui/icons-material/CheckBox'
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank'
import ViewColumnIcon from '@mui/icons-material/ViewColumn'
import { Button, Divider, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material'
import { useId, useState } from 'react'
import type { ColumnVisibility } from './useColumnVisibility'

/**
 * "Columns": show or hide a table's columns. Each item is a menu checkbox; "Fit to screen" forgets the choices, so
 * columns follow the screen width again.
 */
export function ColumnMenu({ columns, tableLabel }: { columns: ColumnVisibility; tableLabel: string }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const menuId = useId()
  const hidden = columns.options.filter((option) => !option.visible).length
  const chosen = columns.options.some((option) => option.chosen)
  return (
    <>
      <Button
        size="small"
        startIcon={<ViewColumnIcon />}
        aria-haspopup="menu"
        aria-expanded={!!anchor}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        Columns{hidden ? ` (${hidden} hidden)` : ''}
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={!!anchor}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-label': `Columns of ${tableLabel}`, dense: true } }}
      >
        {columns.options.map((option) => (
          <MenuItem
            key={option.id}
            role="menuitemcheckbox"
            aria-checked={option.visible}
            onClick={() => columns.setVisible(option.id, !option.visible)}
          >
            <ListItemIcon>
              {option.visible ? <CheckBoxIcon fontSize="small" color="primary" /> : <CheckBoxOutlineBlankIcon fontSize="small" />}
            </ListItemIcon>
            <ListItemText>{option.label}</ListItemText>
          </MenuItem>
        ))}
        <Divider />
        <MenuItem disabled={!chosen} onClick={columns.reset}>
          <ListItemText inset>Fit to screen</ListItemText>
        </MenuItem>
      </Menu>
    </>
  )
}
