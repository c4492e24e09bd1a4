/**
 * The plot's fixed heights (px) and its horizontal layout in percent of its width, so the SVG follows its container
 * without measuring it: no ResizeObserver, no redraw on resize.
 */
export const PLOT = {
  /** Room above the bars for the off-scale marks. */
  top: 10,
  height: 120,
  /** Below the axis: the marks of failed runs. */
  lane: 12,
} as const
export const SVG_HEIGHT = PLOT.top + PLOT.height + PLOT.lane

/** Fewer runs than this get bars no wider than a 60th of the plot, the newest at the right edge. */
const MIN_SLOTS = 60
const GAP = 0.2

export type Slots = {
  count: number
  barWidth: number
  barLeft: (index: number) => number
  center: (index: number) => number
  left: (index: number) => number
  width: number
  /** The bar under a point `fraction` of the width from the left, or null left of the first bar. */
  indexAt: (fraction: number) => number | null
}

export function slotsFor(count: number): Slots {
  const slots = Math.max(count, MIN_SLOTS)
  const offset = slots - count
  const width = 100 / slots
  const left = (index: number) => (offset + index) * width
  return {
    count,
    width,
    barWidth: width * (1 - GAP),
    left,
    barLeft: (index) => left(index) + (width * GAP) / 2,
    center: (index) => left(index) + width / 2,
    indexAt: (fraction) => {
      const slot = Math.floor(fraction * slots) - offset
      if (count === 0 || slot < 0) return null
      return Math.min(count - 1, slot)
    },
  }
}
