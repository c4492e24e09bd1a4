import { inputsText, parseInputs } from './inputsJson'

describe('parseInputs', () => {
  it('reads a JSON object', () => {
    expect(parseInputs(inputsText({ thresholds: { fdr: 0.01 } }))).toEqual({ ok: true, value: { thresholds: { fdr: 0.01 } } })
  })

  it('says where the text stops being JSON, in lines and columns', () => {
    const result = parseInputs('{\n  "fdr": 0.01,\n  "rankEL": 2,\n}')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/^This is not valid JSON \(line 4, column 1\): /)
  })

  it('refuses JSON that is not an object', () => {
    for (const text of ['[1, 2]', '"text"', 'null', '3'])
      expect(parseInputs(text)).toEqual({ ok: false, message: 'The inputs are a JSON object: { "name": value, … }.' })
  })
})
