/**
 * Colours of series (runs in a comparison, lines of a chart) from the theme's CSS variables, so they follow the
 * colour scheme without a re-render. Eight distinct hues; where one matches a status colour the series' name is always shown with it.
 */
export const SERIES_COLORS = [
  'var(--mui-palette-primary-main)',
  'var(--mui-palette-secondary-main)',
  'var(--mui-palette-warning-main)',
  'var(--mui-palette-success-main)',
  'var(--mui-palette-info-main)',
  'var(--mui-palette-error-main)',
  'var(--mui-palette-primary-light)',
  'var(--mui-palette-secondary-light)',
] as const

/** The colour of the i-th series; they repeat after eight, so a series always carries its name too. */
export const seriesColor = (index: number) => SERIES_COLORS[index % SERIES_COLORS.length]!
