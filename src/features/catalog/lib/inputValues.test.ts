import { formFieldsOf } from './inputSchema'
import { convertField, defaultValuesOf, fieldKeyOf, linesOf, toParameters, validateValues } from './inputValues'

const inputs = {
  type: 'object',
  properties: {
    peptides_file: { type: 'string', pattern: '^s3://' },
    title: { type: 'string', minLength: 3, maxLength: 10 },
    min_length: { type: 'integer', minimum: 5, maximum: 15, default: 8 },
    fdr: { type: 'number', minimum: 0.001, maximum: 0.05, default: 0.01 },
    step: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1, multipleOf: 0.25 },
    clean: { type: 'boolean', default: true },
    verbose: { type: 'boolean' },
    mode: { type: 'string', enum: ['EL', 'BA'], default: 'BA' },
    k: { type: 'integer', enum: [1, 2, 3] },
    alleles: { type: 'array', minItems: 1, maxItems: 2, items: { type: 'string', enum: ['A*02:01', 'B*07:02', 'C*07:02'] } },
    sections: { type: 'array', items: { type: 'string', enum: ['x', 'y'] }, default: ['y'] },
    peptides: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', pattern: '^[A-Z]{8,14}$' } },
    weights: { type: 'array', items: { type: 'integer', minimum: 0 } },
    options: { type: 'object' },
  },
  required: ['peptides_file', 'alleles'],
}
const { fields } = formFieldsOf(inputs)
const key = (name: string) => fields.find((f) => f.name === name)!.key
const field = (name: string) => fields.find((f) => f.name === name)!
const valid = () => ({
  ...defaultValuesOf(fields),
  [key('peptides_file')]: ' s3://bucket/peptides.tsv ',
  [key('alleles')]: ['0', '2'],
})

describe('defaultValuesOf', () => {
  it('fills in every default as the form holds it and leaves the rest empty', () => {
    const values = defaultValuesOf(fields)
    expect(values[key('min_length')]).toBe('8')
    expect(values[key('fdr')]).toBe('0.01')
    expect(values[key('clean')]).toBe(true)
    expect(values[key('verbose')]).toBe(false)
    expect(values[key('mode')]).toBe('1')
    expect(values[key('k')]).toBe('')
    expect(values[key('sections')]).toEqual(['1'])
    expect(values[key('peptides')]).toBe('')
    expect(values[key('peptides_file')]).toBe('')
  })

  it('writes list and JSON defaults as text', () => {
    const { fields: withDefaults } = formFieldsOf({
      type: 'object',
      properties: {
        p: { type: 'array', items: { type: 'string' }, default: ['A', 'B'] },
        o: { type: 'object', default: { a: 1 } },
      },
    })
    expect(defaultValuesOf(withDefaults)).toEqual({ p0: 'A\nB', p1: '{\n  "a": 1\n}' })
  })
})

describe('validateValues', () => {
  it('passes a complete form', () => {
    expect(validateValues(fields, valid())).toEqual({})
  })

  it('explains a missing required value on its field, per kind', () => {
    const errors = validateValues(fields, { ...valid(), [key('peptides_file')]: '  ', [key('alleles')]: [] })
    expect(errors).toEqual({
      [key('peptides_file')]: 'Required: enter a value.',
      [key('alleles')]: 'Required: choose at least one.',
    })
  })

  it('checks numbers: type, whole numbers, minimum, maximum, exclusive bounds and multipleOf', () => {
    const check = (name: string, text: string) => convertField(field(name), text).error
    expect(check('min_length', 'abc')).toBe('Enter a whole number.')
    expect(check('min_length', '8.5')).toBe('Enter a whole number (no decimals).')
    expect(check('min_length', '4')).toBe('Must be at least 5.')
    expect(check('min_length', '16')).toBe('Must be at most 15.')
    expect(check('fdr', '1,5')).toBe('Enter a number, e.g. 0.01.')
    expect(check('fdr', '0.06')).toBe('Must be at most 0.05.')
    expect(check('step', '0')).toBe('Must be greater than 0.')
    expect(check('step', '1')).toBe('Must be less than 1.')
    expect(check('step', '0.3')).toBe('Must be a multiple of 0.25.')
    expect(check('step', '0.75')).toBeUndefined()
    expect(check('fdr', '1e-2')).toBeUndefined()
  })

  it('checks text: minLength, maxLength and pattern', () => {
    expect(convertField(field('title'), 'ab').error).toBe('Needs at least 3 characters (now 2).')
    expect(convertField(field('title'), 'abcdefghijk').error).toBe('Allows at most 10 characters (now 11).')
    expect(convertField(field('peptides_file'), 'https://x').error).toBe('Does not match the expected format ^s3://.')
  })

  it('leaves a pattern the browser cannot compile to the server', () => {
    const { fields: odd } = formFieldsOf({ type: 'object', properties: { x: { type: 'string', pattern: '(?<bad' } } })
    expect(convertField(odd[0]!, 'anything').error).toBeUndefined()
  })

  it('checks the number of choices of a multiselect', () => {
    expect(convertField(field('alleles'), ['0', '1', '2']).error).toBe('Allows at most 2 choices (now 3).')
  })

  it('checks every line of a list, naming the line, and unique lines', () => {
    expect(convertField(field('peptides'), 'SIINFEKL\nsiinfekl').error).toBe(
      'Line 2 (siinfekl): Does not match the expected format ^[A-Z]{8,14}$.',
    )
    expect(convertField(field('peptides'), 'SIINFEKL\nGILGFVFTL\nSIINFEKL').error).toBe(
      'Line 3 repeats line 1; each line must be unique.',
    )
    expect(convertField(field('weights'), '1\n-2').error).toBe('Line 2 (-2): Must be at least 0.')
  })

  it('explains JSON that does not parse', () => {
    expect(convertField(field('options'), '{nope').error).toMatch(/Enter valid JSON/)
  })
})

describe('toParameters', () => {
  it('converts the typed values to typed parameters and leaves empty optional ones to the platform', () => {
    const values = {
      ...valid(),
      [key('title')]: 'Cohort A',
      [key('k')]: '1', // option values are indices: the second option, 2
      [key('peptides')]: 'SIINFEKL\n\n  GILGFVFTL  \n',
      [key('weights')]: '1\n2',
      [key('options')]: '{"depth": 2}',
      [key('verbose')]: true,
    }
    expect(toParameters(fields, values)).toEqual({
      peptides_file: 's3://bucket/peptides.tsv',
      title: 'Cohort A',
      min_length: 8,
      fdr: 0.01,
      clean: true,
      verbose: true,
      mode: 'BA',
      k: 2,
      alleles: ['A*02:01', 'C*07:02'],
      sections: ['y'],
      peptides: ['SIINFEKL', 'GILGFVFTL'],
      weights: [1, 2],
      options: { depth: 2 },
    })
  })

  it('sends an empty list for an optional multiselect whose minItems is 0 and omits one without bounds', () => {
    const { fields: f } = formFieldsOf({
      type: 'object',
      properties: {
        a: { type: 'array', minItems: 0, items: { enum: ['x'] } },
        b: { type: 'array', items: { enum: ['x'] } },
      },
    })
    expect(toParameters(f, { p0: [], p1: [] })).toEqual({ a: [] })
  })

  it('converts the legacy flat form with its defaults', () => {
    const { fields: legacy } = formFieldsOf({
      sample_id: { type: 'string', required: true },
      enumerate: { type: 'integer', required: false, default: 1 },
      beta: { type: 'number', default: 0.009 },
    })
    const values = { ...defaultValuesOf(legacy), p0: 'JY' }
    expect(validateValues(legacy, { ...values, p0: '' })).toEqual({ p0: 'Required: enter a value.' })
    expect(toParameters(legacy, values)).toEqual({ sample_id: 'JY', enumerate: 1, beta: 0.009 })
  })
})

describe('fieldKeyOf', () => {
  it('maps server field paths onto form keys', () => {
    expect(fieldKeyOf(fields, 'parameters.peptides[3]')).toBe(key('peptides'))
    expect(fieldKeyOf(fields, 'parameters.fdr')).toBe(key('fdr'))
    expect(fieldKeyOf(fields, 'parameters.options.depth')).toBe(key('options'))
    expect(fieldKeyOf(fields, 'parameters.unknown')).toBeNull()
    expect(fieldKeyOf(fields, 'moduleId')).toBeNull()
  })
})

describe('linesOf', () => {
  it('splits on line breaks, trims and drops empty lines', () => {
    expect(linesOf('a\r\n b \n\n')).toEqual(['a', 'b'])
  })
})
