import { resultTableOf, valueText } from './resultTable'

describe('result table', () => {
  it('makes columns of every key in order of first appearance and marks numeric ones', () => {
    const table = resultTableOf([
      { peptide: 'SIINFEKL', rank: 0.2 },
      { peptide: 'GILGFVFTL', rank: 1.5, binder: 'WB' },
    ])
    expect(table?.columns).toEqual([
      { key: 'peptide', numeric: false },
      { key: 'rank', numeric: true },
      { key: 'binder', numeric: false },
    ])
    expect(table?.rows).toHaveLength(2)
  })

  it('leaves anything but a non-empty list of records to the JSON view', () => {
    expect(resultTableOf([])).toBeNull()
    expect(resultTableOf({ a: 1 })).toBeNull()
    expect(resultTableOf([1, 2])).toBeNull()
    expect(resultTableOf([{ a: 1 }, null])).toBeNull()
  })

  it('shows values as text, nested ones as JSON', () => {
    expect(valueText('<b>x</b>')).toBe('<b>x</b>')
    expect(valueText({ a: [1] })).toBe('{"a":[1]}')
    expect(valueText(null)).toBe('—')
    expect(valueText(false)).toBe('false')
  })
})
