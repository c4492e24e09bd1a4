/** What the card says and the element it explains. */
export type Tip = { anchor: Element; title: string; lines: string[] }

const WIDTH = 320
const GAP = 6

/**
 * The grid's one explanatory card, beside the hovered or focused cell (below it, or above near the window's bottom).
 * Hidden from assistive technology: every cell's name already says the same. Escape or leaving the grid closes it.
 */
export function GridTip({ tip }: { tip: Tip }) {
  // A row scrolled out of the virtualized range is gone from the DOM: its card goes with it.
  if (!tip.anchor.isConnected) return null
  const rect = tip.anchor.getBoundingClientRect()
  const below = rect.bottom + 140 < window.innerHeight
  const left = Math.max(8, Math.min(rect.left + rect.width / 2 - WIDTH / 2, window.innerWidth - WIDTH - 8))
  const style = below ? { left, top: rect.bottom + GAP } : { left, top: rect.top - GAP, transform: 'translateY(-100%)' }
  return (
    <div className="rg-tip" style={style} aria-hidden>
      <strong>{tip.title}</strong>
      {tip.lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </div>
  )
}
