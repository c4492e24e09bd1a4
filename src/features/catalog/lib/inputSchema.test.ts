import { formFieldsOf, humanize } from './inputSchema'

const schema = (properties: Record<string, unknown>, required: string[] = []) => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties,
  required,
})

describe('formFieldsOf (JSON Schema inputs)', () => {
  it('makes one field per property, in the manifest order, with stable keys', () => {
    const { fields, legacy } = formFieldsOf(schema({ b: { type: 'string' }, a: { type: 'integer' } }))
    expect(legacy).toBe(false)
    expect(fields.map((f) => [f.key, f.name, f.kind])).toEqual([
      ['p0', 'b', 'string'],
      ['p1', 'a', 'integer'],
    ])
  })

  it('reads every scalar type and keeps title, description, default and required', () => {
    const { fields } = formFieldsOf(
      schema(
        {
          title: { type: 'string', title: 'Report title', description: 'Shown on top.', minLength: 3, maxLength: 120 },
          fdr: { type: 'number', minimum: 0.001, maximum: 0.05, default: 0.01 },
          seed: { type: 'integer', exclusiveMinimum: 0, multipleOf: 2 },
          clean: { type: 'boolean', default: true },
        },
        ['title'],
      ),
    )
    expect(fields[0]).toMatchObject({
      kind: 'string',
      label: 'Report title',
      description: 'Shown on top.',
      required: true,
      constraints: { minLength: 3, maxLength: 120 },
    })
    expect(fields[1]).toMatchObject({ kind: 'number', label: 'Fdr', required: false, default: 0.01 })
    expect(fields[1]!.constraints).toEqual({ minimum: 0.001, maximum: 0.05 })
    expect(fields[2]!.constraints).toEqual({ exclusiveMinimum: 0, multipleOf: 2 })
    expect(fields[3]).toMatchObject({ kind: 'boolean', default: true })
  })

  it('reads draft-4 boolean exclusive bounds', () => {
    const { fields } = formFieldsOf(schema({ x: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 1 } }))
    expect(fields[0]!.constraints).toEqual({ exclusiveMinimum: 0, maximum: 1 })
  })

  it('turns an enum into a select whose option values are indices and whose raw values keep their type', () => {
    const { fields } = formFieldsOf(schema({ mode: { type: 'string', enum: ['EL', 'BA'] }, k: { enum: [1, 2] } }))
    expect(fields[0]).toMatchObject({ kind: 'select' })
    expect(fields[0]!.options).toEqual([
      { value: '0', label: 'EL', raw: 'EL' },
      { value: '1', label: 'BA', raw: 'BA' },
    ])
    expect(fields[1]!.kind).toBe('select')
    expect(fields[1]!.options!.map((o) => o.raw)).toEqual([1, 2])
  })

  it('turns an array of enum items into a multiselect with its item bounds', () => {
    const { fields } = formFieldsOf(
      schema({
        alleles: { type: 'array', minItems: 1, maxItems: 6, uniqueItems: true, items: { type: 'string', enum: ['A', 'B'] } },
      }),
    )
    expect(fields[0]).toMatchObject({ kind: 'multiselect', minItems: 1, maxItems: 6, uniqueItems: true })
    expect(fields[0]!.options).toHaveLength(2)
  })

  it('turns an array of strings or numbers into a one-per-line list with item constraints', () => {
    const { fields } = formFieldsOf(
      schema({
        peptides: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[A-Z]{8,14}$' } },
        weights: { type: 'array', items: { type: 'number', minimum: 0 } },
        anything: { type: 'array' },
      }),
    )
    expect(fields[0]).toMatchObject({
      kind: 'list',
      itemType: 'string',
      itemConstraints: { pattern: '^[A-Z]{8,14}$' },
      minItems: 1,
    })
    expect(fields[1]).toMatchObject({ kind: 'list', itemType: 'number', itemConstraints: { minimum: 0 } })
    expect(fields[2]).toMatchObject({ kind: 'list', itemType: 'string' })
  })

  it('falls back to a JSON field for objects, arrays of objects and unions, and to text without a type', () => {
    const { fields } = formFieldsOf(
      schema({
        options: { type: 'object', properties: { depth: { type: 'integer' } } },
        rows: { type: 'array', items: { type: 'object' } },
        either: { type: ['string', 'number'] },
        free: { description: 'No type given.' },
        nullable: { type: ['integer', 'null'] },
      }),
    )
    expect(fields.map((f) => f.kind)).toEqual(['json', 'json', 'string', 'string', 'integer'])
  })

  it('returns no fields for missing or empty inputs', () => {
    expect(formFieldsOf(undefined).fields).toEqual([])
    expect(formFieldsOf(schema({})).fields).toEqual([])
  })
})

describe('formFieldsOf (legacy flat inputs)', () => {
  const legacy = {
    sample_id: { type: 'string', required: true, description: 'Sample identifier.' },
    fastq_r2: { type: 'string', required: false },
    enumerate: { type: 'integer', default: 1 },
    beta: { type: 'float', default: 0.009 },
    paired: { type: 'bool' },
    sequencing: { type: 'str', enum: ['dna', 'rna'], default: 'dna', label: 'Sequencing' },
    ignored: 'not a field',
  }

  it('reads `required: true` per field, type aliases and labels', () => {
    const { fields, legacy: isLegacy } = formFieldsOf(legacy)
    expect(isLegacy).toBe(true)
    expect(fields.map((f) => [f.name, f.kind, f.required])).toEqual([
      ['sample_id', 'string', true],
      ['fastq_r2', 'string', false],
      ['enumerate', 'integer', false],
      ['beta', 'number', false],
      ['paired', 'boolean', false],
      ['sequencing', 'select', false],
    ])
    expect(fields[0]!.label).toBe('Sample id')
    expect(fields[0]!.description).toBe('Sample identifier.')
    expect(fields[5]!.label).toBe('Sequencing')
    expect(fields[3]!.default).toBe(0.009)
  })
})

describe('humanize', () => {
  it('turns parameter names into labels', () => {
    expect(humanize('peptides_file')).toBe('Peptides file')
    expect(humanize('maxLength')).toBe('Max length')
    expect(humanize('rank-threshold')).toBe('Rank threshold')
  })
})
