import { formFieldsOf } from './inputSchema'
import { fieldHint } from './fieldHints'

const hint = (schema: Record<string, unknown>) =>
  fieldHint(formFieldsOf({ type: 'object', properties: { x: schema } }).fields[0]!)

describe('fieldHint', () => {
  it('says what a number accepts', () => {
    expect(hint({ type: 'integer', minimum: 5, maximum: 15 })).toBe('Whole number, from 5 to 15.')
    expect(hint({ type: 'number', exclusiveMinimum: 0 })).toBe('Number, above 0.')
    expect(hint({ type: 'number', maximum: 1, multipleOf: 0.1 })).toBe('Number, up to 1, in steps of 0.1.')
  })

  it('says what a text accepts', () => {
    expect(hint({ type: 'string', minLength: 3, maxLength: 120 })).toBe('3–120 characters.')
    expect(hint({ type: 'string', pattern: '^s3://' })).toBe('Format ^s3://.')
    expect(hint({ type: 'string' })).toBe('')
  })

  it('says how many choices or lines a list takes and what each line is', () => {
    expect(hint({ type: 'array', minItems: 1, maxItems: 6, items: { enum: ['a'] } })).toBe('1–6 choices.')
    expect(hint({ type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', pattern: '^[A-Z]+$' } })).toBe(
      'One per line, at least 1 line, no repeats, each: format ^[A-Z]+$.',
    )
    expect(hint({ type: 'array', items: { type: 'integer', minimum: 0 } })).toBe('One per line, each: whole numbers, from 0.')
  })
})
