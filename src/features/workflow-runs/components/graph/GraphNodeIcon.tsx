import AutorenewIcon from '@mui/icons-material/Autorenew'
import BlockIcon from '@mui/icons-material/Block'
import CallSplitIcon from '@mui/icons-material/CallSplit'
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlined'
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined'
import HighlightOffIcon from '@mui/icons-material/HighlightOff'
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty'
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUncheckedOutlined'
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlineRounded'
import SouthIcon from '@mui/icons-material/South'
import WidgetsOutlinedIcon from '@mui/icons-material/WidgetsOutlined'
import type SvgIcon from '@mui/material/SvgIcon'

type SvgIconComponent = typeof SvgIcon

/** A shape per status beside its colour and its word, so no state is told by colour alone. */
const STATUS_ICONS: Record<string, SvgIconComponent> = {
  completed: CheckCircleOutlineIcon,
  passed: CheckCircleOutlineIcon,
  failed: ErrorOutlineIcon,
  running: AutorenewIcon,
  queued: HourglassEmptyIcon,
  pending: RadioButtonUncheckedIcon,
  cancelled: BlockIcon,
  skipped: RemoveCircleOutlineIcon,
}

/** The workflow's own view (no run): what kind of state each node is. */
const KIND_ICONS: Record<string, SvgIconComponent> = {
  module: WidgetsOutlinedIcon,
  choice: CallSplitIcon,
  pass: SouthIcon,
  fail: HighlightOffIcon,
}

export function GraphNodeIcon({ status, kind }: { status?: string; kind: string }) {
  const Icon = (status !== undefined ? STATUS_ICONS[status] : KIND_ICONS[kind]) ?? RadioButtonUncheckedIcon
  return <Icon className="wfg-icon" fontSize="small" aria-hidden />
}
