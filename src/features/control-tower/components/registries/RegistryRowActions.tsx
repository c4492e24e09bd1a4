import { IconButton, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material'
import DeleteIcon from '@mui/icons-material/DeleteOutlined'
import EditIcon from '@mui/icons-material/EditOutlined'
import KeyIcon from '@mui/icons-material/KeyOutlined'
import MoreIcon from '@mui/icons-material/MoreVert'
import NetworkCheckIcon from '@mui/icons-material/NetworkCheck'
import { useId, useState, type ReactNode } from 'react'
import type { Registry } from '@/shared/contract/registries'

export type RowAction = 'edit' | 'test' | 'rotate' | 'delete'

type Props = { registry: Registry; testing: boolean; onAction: (action: RowAction) => void }

/** The write actions of one registry, in a labelled menu (superuser and admin only; the tab hides it from others). */
export function RegistryRowActions({ registry, testing, onAction }: Props) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const menuId = useId()
  const pick = (action: RowAction) => () => {
    setAnchor(null)
    onAction(action)
  }
  const item = (action: RowAction, icon: ReactNode, label: string, disabled = false) => (
    <MenuItem onClick={pick(action)} disabled={disabled}>
      <ListItemIcon>{icon}</ListItemIcon>
      <ListItemText>{label}</ListItemText>
    </MenuItem>
  )
  return (
    <>
      <IconButton
        aria-label={`Actions for ${registry.host} (${registry.id})`}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <MoreIcon />
      </IconButton>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {item('edit', <EditIcon fontSize="small" />, 'Edit patterns')}
        {item('test', <NetworkCheckIcon fontSize="small" />, testing ? 'Testing…' : 'Test connection', testing)}
        {item('rotate', <KeyIcon fontSize="small" />, registry.credential?.hasSecret ? 'Rotate credential' : 'Add credential')}
        {item('delete', <DeleteIcon fontSize="small" />, 'Delete')}
      </Menu>
    </>
  )
}
