import CheckBoxIcon from '@mui/icons-material/CheckBox'
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank'
import { Divider, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material'
import type { ColumnVisibility } from './useColumnVisibility'

type Props = { id: string; anchor: HTMLElement; columns: ColumnVisibility; tableLabel: string; onClose: () => void }

/**
 * The column menu's list: a menu checkbox per column and "Fit to screen". A chunk of its own: MUI's Menu brings
 * Popover and Modal, which no table needs before someone opens the menu (Run History's first load, issue 16).
 */
export function ColumnMenuList({ id, anchor, columns, tableLabel, onClose }: Props) {
  const chosen = columns.options.some((option) => option.chosen)
  return (
    <Menu
      id={id}
      anchorEl={anchor}
      open
      onClose={onClose}
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
  )
}
