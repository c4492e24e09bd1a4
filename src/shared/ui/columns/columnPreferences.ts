/**
 * Which table columns someone chose to show or hide, per table: a non-secret display preference kept in localStorage.
 * Only explicit choices are stored; a column nobody chose for follows the screen width (its `minViewport`).
 */
export type ColumnChoices = Record<string, boolean>

const keyOf = (tableKey: string) => `hla-compass.columns.${tableKey}`

export function readColumnChoices(tableKey: string): ColumnChoices {
  try {
    const value = JSON.parse(globalThis.localStorage?.getItem(keyOf(tableKey)) ?? '{}') as unknown
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {}
    return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'))
  } catch {
    // Unreadable (storage blocked, or edited by hand): the defaults apply.
    return {}
  }
}

export function writeColumnChoices(tableKey: string, choices: ColumnChoices) {
  try {
    if (Object.keys(choices).length === 0) globalThis.localStorage?.removeItem(keyOf(tableKey))
    else globalThis.localStorage?.setItem(keyOf(tableKey), JSON.stringify(choices))
  } catch {
    // Storage full or blocked: the choice holds for this page only.
  }
}
