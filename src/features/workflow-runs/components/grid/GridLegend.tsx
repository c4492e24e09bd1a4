import { DURATION_BANDS } from '../../lib/runGrid'

const STATUSES = [
  ['completed', 'completed'],
  ['failed', 'failed'],
  ['cancelled', 'cancelled'],
  ['running', 'running'],
  ['queued', 'queued'],
  ['pending', 'pending'],
  ['skipped', 'skipped'],
] as const

/** What the squares mean: status by colour and glyph, shade by duration against the step's median, the retry dot. */
export function GridLegend() {
  return (
    <ul className="rg-legend" aria-label="Legend">
      {STATUSES.map(([status, label]) => (
        <li key={status}>
          <span className="rg-glyph" data-s={status} data-b="typical" aria-hidden />
          {label}
        </li>
      ))}
      <li>
        <span className="rg-glyph" data-s="completed" data-b="typical" data-retry="" aria-hidden />
        retried
      </li>
      <li>Shade: duration against the step’s median on screen,</li>
      {DURATION_BANDS.map(({ band, label }) => (
        <li key={band}>
          <span className="rg-glyph" data-s="completed" data-b={band} aria-hidden />
          {label}
        </li>
      ))}
    </ul>
  )
}
