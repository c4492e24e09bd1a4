import { Chip, type ChipProps } from '@mui/material'
import { clipText } from '@/shared/lib/clip'
import { CopyButton } from '@/shared/ui/CopyButton'

type Props = Omit<ChipProps, 'label'> & {
  /** The data value the chip shows (a namespace pattern, a list item of an audit diff). */
  value: string
  /** Put before the value, e.g. "+ " for an added item. */
  prefix?: string
  /** What the value is, for the copy button's name ("Copy the whole pattern"). */
  what: string
}

/**
 * A chip for a data value of any length. A chip neither wraps nor holds buttons, so a long value is cut and a button
 * beside the chip copies the whole value; a short one is a plain chip.
 */
export function ClippedChip({ value, prefix = '', what, ...chipProps }: Props) {
  const shown = clipText(value)
  return (
    <>
      <Chip {...chipProps} label={`${prefix}${shown}`} />
      {shown !== value && <CopyButton value={value} label={`Copy the whole ${what}`} />}
    </>
  )
}
