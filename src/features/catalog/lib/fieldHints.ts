import type { Constraints, FormField } from './inputSchema'

const range = (c: Constraints): string | null => {
  const low = c.minimum ?? c.exclusiveMinimum
  const high = c.maximum ?? c.exclusiveMaximum
  const lowText = low === undefined ? null : `${c.exclusiveMinimum !== undefined ? 'above' : 'from'} ${low}`
  const highText = high === undefined ? null : `${c.exclusiveMaximum !== undefined ? 'below' : 'to'} ${high}`
  if (lowText && highText) return `${lowText} ${highText}`
  return lowText ?? (highText ? (highText.startsWith('to') ? `up ${highText}` : highText) : null)
}

const lengths = (c: Constraints): string | null => {
  if (c.minLength !== undefined && c.maxLength !== undefined) return `${c.minLength}–${c.maxLength} characters`
  if (c.minLength !== undefined) return `at least ${c.minLength} characters`
  if (c.maxLength !== undefined) return `at most ${c.maxLength} characters`
  return null
}

const count = (field: FormField, unit: string): string | null => {
  const { minItems: min, maxItems: max } = field
  const units = (n: number) => `${unit}${n === 1 ? '' : 's'}`
  if (min !== undefined && max !== undefined) return `${min}–${max} ${units(max)}`
  if (min !== undefined && min > 0) return `at least ${min} ${units(min)}`
  if (max !== undefined) return `at most ${max} ${units(max)}`
  return null
}

const sentence = (parts: (string | null | undefined)[]): string => {
  const text = parts.filter(Boolean).join(', ')
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : ''
}

/** What a field accepts, in words, shown under it before anything goes wrong ("Whole number from 5 to 15."). */
export function fieldHint(field: FormField): string {
  const c = field.constraints
  switch (field.kind) {
    case 'integer':
      return sentence(['whole number', range(c), c.multipleOf !== undefined ? `in steps of ${c.multipleOf}` : null])
    case 'number':
      return sentence(['number', range(c), c.multipleOf !== undefined ? `in steps of ${c.multipleOf}` : null])
    case 'string':
      return sentence([lengths(c), c.pattern ? `format ${c.pattern}` : null])
    case 'multiselect':
      return sentence([count(field, 'choice')])
    case 'list': {
      const item = field.itemConstraints ?? {}
      const each = [
        field.itemType === 'integer' ? 'whole numbers' : field.itemType === 'number' ? 'numbers' : null,
        range(item),
        lengths(item),
        item.pattern ? `format ${item.pattern}` : null,
      ].filter(Boolean)
      return sentence([
        'one per line',
        count(field, 'line'),
        field.uniqueItems ? 'no repeats' : null,
        each.length ? `each: ${each.join(', ')}` : null,
      ])
    }
    case 'json':
      return 'JSON value.'
    default:
      return ''
  }
}
