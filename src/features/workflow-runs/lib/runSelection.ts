/** URL key of the selected runs: comma-separated run ids in the order they were picked (the first is the baseline). */
export const SELECTED_KEY = 'selected'

/** The run ids of a `selected` param, without blanks or repeats. */
export function selectedFrom(text: string | null | undefined): string[] {
  return [...new Set((text ?? '').split(',').map((id) => id.trim()))].filter(Boolean)
}

/** Adds `id` at the end or removes it; the value for the URL (`undefined` when nothing is left). */
export function toggleSelected(ids: readonly string[], id: string): string | undefined {
  const next = ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]
  return next.length ? next.join(',') : undefined
}
