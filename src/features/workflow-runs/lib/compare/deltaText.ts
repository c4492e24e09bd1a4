import { formatAct, formatDuration } from '@/shared/lib/format'

export type DeltaKind = 'duration' | 'credits'

const sign = (value: number) => (value > 0 ? '+' : value < 0 ? '\u2212' : '±')

/** Below a second or half a thousandth of an ACT a difference is noise: it reads "±0". */
export const isNoChange = (value: number, kind: DeltaKind) =>
  kind === 'duration' ? Math.abs(value) < 1000 : Math.abs(value) < 0.0005

/** A difference against the baseline as text, with a true minus sign: "+4 min 12 s (+18 %)", "−0.25 ACT", "±0". */
export function deltaText(value: number, kind: DeltaKind, pct?: number): string {
  if (isNoChange(value, kind)) return '±0'
  const magnitude = kind === 'duration' ? formatDuration(Math.abs(value)) : formatAct(Math.abs(value))
  const relative = pct === undefined ? '' : ` (${sign(pct)}${Math.abs(Math.round(pct))} %)`
  return `${sign(value)}${magnitude}${relative}`
}
