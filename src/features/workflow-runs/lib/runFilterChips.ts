/** The filters that live behind "More filters": their chips say what is active while the panel is closed. */
export const MORE_FILTER_KEYS = [
  'from',
  'to',
  'triggeredBy',
  'minDurationMs',
  'maxDurationMs',
  'minCredits',
  'maxCredits',
] as const
export type MoreFilterKey = (typeof MORE_FILTER_KEYS)[number]

export type FilterChip = { key: MoreFilterKey; label: string }

const MINUTE_MS = 60_000

/** Minutes as people write them: "30 min", "1.5 min"; hours past 90 minutes. */
function minutesText(ms: number): string {
  const minutes = ms / MINUTE_MS
  if (minutes >= 90) return `${+(minutes / 60).toFixed(2)} h`
  return `${+minutes.toFixed(2)} min`
}

const asNumber = (text: string | null | undefined) => {
  if (text == null || text.trim() === '') return undefined
  const value = Number(text)
  return Number.isFinite(value) && value >= 0 ? value : undefined
}

/**
 * One chip per active filter of the panel, in the panel's order, worded as the rule the list applies. A value the
 * list ignores (a malformed number or date) gets no chip, so a chip never claims a filter that is not applied.
 */
export function filterChipsFrom(
  get: (key: string) => string | null | undefined,
  /** Who a user id is, where known (the signed-in user, people seen in the runs): the chip names them. */
  nameOf: (userId: string) => string | undefined = () => undefined,
): FilterChip[] {
  const chips: FilterChip[] = []
  const date = (key: 'from' | 'to', words: string) => {
    const value = get(key)
    if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) chips.push({ key, label: `${words} ${value}` })
  }
  date('from', 'Started on or after')
  date('to', 'Started on or before')
  const user = get('triggeredBy')?.trim()
  if (user) {
    const name = nameOf(user)
    chips.push({ key: 'triggeredBy', label: `Triggered by ${name ? `${name} (${user})` : user}` })
  }
  const number = (key: MoreFilterKey, words: string, text: (value: number) => string) => {
    const value = asNumber(get(key))
    if (value !== undefined) chips.push({ key, label: `${words} ${text(value)}` })
  }
  number('minDurationMs', 'Duration ≥', minutesText)
  number('maxDurationMs', 'Duration ≤', minutesText)
  number('minCredits', 'Credits ≥', (value) => `${value} ACT`)
  number('maxCredits', 'Credits ≤', (value) => `${value} ACT`)
  return chips
}
