import { Menu, MenuItem } from '@mui/material'

type Props = { anchor: HTMLElement; onPick: (format: 'md' | 'json') => void; onClose: () => void }

/** The export formats; its own chunk, since MUI's Menu is loaded only when the menu opens. */
export default function ExportComparisonMenu({ anchor, onPick, onClose }: Props) {
  return (
    <Menu anchorEl={anchor} open onClose={onClose}>
      <MenuItem onClick={() => onPick('md')}>Markdown (.md)</MenuItem>
      <MenuItem onClick={() => onPick('json')}>JSON (.json)</MenuItem>
    </Menu>
  )
}
