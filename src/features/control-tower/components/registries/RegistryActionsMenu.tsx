import { ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material'
import DeleteIcon from '@mui/icons-material/DeleteOutlined'
import EditIcon from '@mui/icons-material/EditOutlined'
import KeyIcon from '@mui/icons-material/KeyOutlined'
import NetworkCheckIcon from '@mui/icons-material/NetworkCheck'
import type { ReactNode } from 'react'
import type { Registry } from '@/shared/contract/registries'
import type { RowAction } from './RegistryRowActions'

type Props = {
  id: string
  anchor: HTMLElement
  registry: Registry
  testing: boolean
  onPick: (action: RowAction) => void
  onClose: () => void
}

/** The open menu of a registry row's actions: its own chunk, since MUI's Menu is loaded only when a menu opens. */
export default function RegistryActionsMenu({ id, anchor, registry, testing, onPick, onClose }: Props) {
  const item = (action: RowAction, icon: ReactNode, label: string, disabled = false) => (
    <MenuItem onClick={() => onPick(action)} disabled={disabled}>
      <ListItemIcon>{icon}</ListItemIcon>
      <ListItemText>{label}</ListItemText>
    </MenuItem>
  )
  return (
    <Menu id={id} anchorEl={anchor} open onClose={onClose}>
      {item('edit', <EditIcon fontSize="small" />, 'Edit patterns')}
      {item('test', <NetworkCheckIcon fontSize="small" />, testing ? 'Testing…' : 'Test connection', testing)}
      {item('rotate', <KeyIcon fontSize="small" />, registry.credential?.hasSecret ? 'Rotate credential' : 'Add credential')}
      {item('delete', <DeleteIcon fontSize="small" />, 'Delete')}
    </Menu>
  )
}
