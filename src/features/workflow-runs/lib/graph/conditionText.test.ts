import { conditionText, EDGE_LABEL_CHARS, edgeLabelText } from './conditionText'

describe('conditionText', () => {
  it('reads a Step Functions comparison as one line', () => {
    expect(conditionText({ Variable: '$.qc.ninemerFraction', NumericGreaterThanEquals: 0.4 })).toBe('$.qc.ninemerFraction ≥ 0.4')
    expect(conditionText({ Variable: '$.n', NumericLessThan: 3 })).toBe('$.n < 3')
    expect(conditionText({ Variable: '$.allele', StringEquals: 'HLA-A*02:01' })).toBe('$.allele = "HLA-A*02:01"')
    expect(conditionText({ Variable: '$.ok', BooleanEquals: true })).toBe('$.ok = true')
    expect(conditionText({ Variable: '$.a', NumericGreaterThanPath: '$.b' })).toBe('$.a > $.b')
    expect(conditionText({ Variable: '$.name', StringMatches: 'HLA-*' })).toBe('$.name matches "HLA-*"')
  })

  it('reads type tests, And, Or and Not, grouping what is nested', () => {
    expect(conditionText({ Variable: '$.report', IsPresent: false })).toBe('$.report is absent')
    expect(
      conditionText({
        And: [
          { Variable: '$.n', NumericGreaterThan: 0 },
          { Or: [{ Variable: '$.a', IsNull: true }, { Not: { Variable: '$.b', StringEquals: 'x' } }] },
        ],
      }),
    ).toBe('$.n > 0 and ($.a is null or not $.b = "x")')
  })

  it('shows a JSONata condition as written and anything else as compact JSON', () => {
    expect(conditionText({ Condition: '{% $states.input.n > 3 %}' })).toBe('{% $states.input.n > 3 %}')
    expect(conditionText('{% $x %}')).toBe('{% $x %}')
    expect(conditionText({ Custom: [1, 2] })).toBe('{"Custom":[1,2]}')
    expect(conditionText(42)).toBe('42')
  })

  it('keeps markup as text and clips a huge value', () => {
    expect(conditionText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>')
    const huge = conditionText({ Variable: `$.${'x'.repeat(100_000)}`, NumericEquals: 1 })
    expect(huge.length).toBeLessThanOrEqual(1_001)
    expect(huge.endsWith('…')).toBe(true)
  })

  it('draws at most a few characters on the edge, ending with an ellipsis', () => {
    expect(edgeLabelText('$.n > 0')).toBe('$.n > 0')
    const label = edgeLabelText('$.qc.ninemerFraction ≥ 0.4 and $.qc.total > 1000')
    expect(label).toHaveLength(EDGE_LABEL_CHARS)
    expect(label.endsWith('…')).toBe(true)
  })
})
