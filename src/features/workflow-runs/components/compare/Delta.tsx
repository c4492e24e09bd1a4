import { deltaText, isNoChange, type DeltaKind } from '../../lib/compare/deltaText'

type Props = {
  value: number | undefined
  kind: DeltaKind
  /** The change relative to the baseline in percent, shown after the absolute one. */
  pct?: number
  /** Flag the change as a regression (bold, error colour) regardless of its size. */
  regression?: boolean
}

/**
 * A difference against the baseline. Less time or credits reads as better (success colour), a regression as worse;
 * zero shows "±0" so "no change" is visible, not blank. A plain span styled by `DELTA_STYLES` on an ancestor: a
 * comparison of 10 runs × 50 steps has a thousand of these, too many for a styled component each.
 */
export function Delta({ value, kind, pct, regression }: Props) {
  if (value === undefined) return null
  const trend = regression ? 'regression' : isNoChange(value, kind) ? 'same' : value > 0 ? 'up' : 'down'
  return (
    <span className="delta" data-trend={trend}>
      {deltaText(value, kind, pct)}
    </span>
  )
}
