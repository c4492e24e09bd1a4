/**
 * Whether two JSON-like values have the same content: plain objects key by key (a key holding `undefined` counts as
 * absent, as in JSON), arrays item by item, everything else by `Object.is`. The host compares what a page passes in
 * afresh on every render (object literals) to tell a real change from a new wrapper around the same values.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, index) => jsonEqual(item, b[index]))
  }
  const left = definedEntries(a)
  const right = definedEntries(b)
  if (left.length !== right.length) return false
  const other = b as Record<string, unknown>
  return left.every(([key, value]) => Object.hasOwn(other, key) && jsonEqual(value, other[key]))
}

const definedEntries = (value: object) => Object.entries(value).filter(([, item]) => item !== undefined)
