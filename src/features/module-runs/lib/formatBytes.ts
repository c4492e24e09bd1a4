const SIZE = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 })
const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const

/** A file size in decimal units: 950 B, 12.4 MB. */
export function formatBytes(bytes: number): string {
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000
    unit += 1
  }
  return `${SIZE.format(value)} ${UNITS[unit]}`
}
