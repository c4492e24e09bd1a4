import { clipText } from '@/shared/lib/clip'

/**
 * An edge's `condition` as one line of text. The contract leaves it `unknown` (api-contract §9): in practice a Step
 * Functions Choice rule (`{ Variable, NumericGreaterThanEquals: 0.4 }`, `And`/`Or`/`Not`) or a JSONata `Condition`
 * string. Known rules read as `$.qc.ninemerFraction ≥ 0.4`; anything else as compact JSON. Text only: it is rendered as
 * a text node, never markup, and it is clipped (a hostile or huge value cannot lay out megabytes).
 */
export function conditionText(condition: unknown): string {
  return clipText(ruleText(condition, 0))
}

/** At most this many characters on the drawing; the whole text is in the tooltip and the text alternative. */
export const EDGE_LABEL_CHARS = 28

/** The label drawn on the edge: the first characters of `conditionText` and an ellipsis. */
export function edgeLabelText(text: string): string {
  return text.length <= EDGE_LABEL_CHARS ? text : `${text.slice(0, EDGE_LABEL_CHARS - 1)}…`
}

const COMPARISONS: [RegExp, string][] = [
  [/GreaterThanEquals$/, '≥'],
  [/LessThanEquals$/, '≤'],
  [/GreaterThan$/, '>'],
  [/LessThan$/, '<'],
  [/Equals$/, '='],
  [/Matches$/, 'matches'],
]

const TYPE_TESTS: Record<string, [string, string]> = {
  IsPresent: ['is present', 'is absent'],
  IsNull: ['is null', 'is not null'],
  IsBoolean: ['is a boolean', 'is not a boolean'],
  IsNumeric: ['is a number', 'is not a number'],
  IsString: ['is a string', 'is not a string'],
  IsTimestamp: ['is a timestamp', 'is not a timestamp'],
}

/** Nesting deeper than this is shown as "…": a rule is a handful of levels, anything deeper is not worth reading. */
const MAX_DEPTH = 6

function ruleText(rule: unknown, depth: number): string {
  if (depth > MAX_DEPTH) return '…'
  if (typeof rule === 'string') return rule
  if (typeof rule === 'number' || typeof rule === 'boolean' || rule === null) return String(rule)
  if (Array.isArray(rule) || typeof rule !== 'object') return json(rule)
  const record = rule as Record<string, unknown>
  if (typeof record.Condition === 'string') return record.Condition
  const joined = (key: 'And' | 'Or', word: string) => {
    const parts = record[key]
    return Array.isArray(parts) ? parts.map((part) => group(part, depth)).join(` ${word} `) : undefined
  }
  const and = joined('And', 'and')
  if (and !== undefined) return and
  const or = joined('Or', 'or')
  if (or !== undefined) return or
  if ('Not' in record) return `not ${group(record.Not, depth)}`
  if (typeof record.Variable === 'string') {
    const variable = record.Variable
    for (const [key, value] of Object.entries(record)) {
      if (key === 'Variable' || key === 'Next') continue
      const test = TYPE_TESTS[key]
      if (test && typeof value === 'boolean') return `${variable} ${value ? test[0] : test[1]}`
      // `NumericGreaterThanPath: '$.y'` compares with another variable: shown as the path itself.
      const operator = key.replace(/Path$/, '')
      const symbol = COMPARISONS.find(([pattern]) => pattern.test(operator))?.[1]
      if (symbol) return `${variable} ${symbol} ${key.endsWith('Path') ? String(value) : literal(value)}`
    }
  }
  return json(rule)
}

function group(rule: unknown, depth: number): string {
  const text = ruleText(rule, depth + 1)
  return /\s(and|or)\s/.test(text) ? `(${text})` : text
}

function literal(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : json(value)
}

function json(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
