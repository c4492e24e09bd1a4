import { parseTable } from './delimited'

describe('parseTable', () => {
  it('reads the header and the first rows of a TSV, counting the rest', () => {
    const text = 'a\tb\n' + Array.from({ length: 10 }, (_, i) => `${i}\tx${i}\n`).join('')
    const table = parseTable(text, '\t', { maxRows: 3, cut: false })
    expect(table.header).toEqual(['a', 'b'])
    expect(table.rows).toEqual([
      ['0', 'x0'],
      ['1', 'x1'],
      ['2', 'x2'],
    ])
    expect(table).toMatchObject({ totalRows: 10, columns: 2, raggedRows: 0 })
  })

  it('leaves out a row cut off at the end of the bytes read, blank lines and a missing final line break', () => {
    expect(parseTable('a\tb\n1\t2\n\n   \n3\t4\n5\t', '\t', { maxRows: 9, cut: true })).toMatchObject({ totalRows: 2 })
    expect(parseTable('a\tb\r\n1\t2\r\n3\t4', '\t', { maxRows: 9, cut: false })).toMatchObject({
      header: ['a', 'b'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
    })
  })

  it('counts ragged rows, shown or not, and widens the table to the widest shown row', () => {
    const table = parseTable('a\tb\tc\n1\t2\n1\t2\t3\t4\t5\n\t\t\n1\n', '\t', { maxRows: 2, cut: false })
    expect(table).toMatchObject({ totalRows: 4, raggedRows: 3, columns: 5 })
  })

  it('reads CSV quotes: separators, line breaks and doubled quotes inside a cell', () => {
    const table = parseTable('name,note\n"Smith, J.","said ""hi""\nthen left"\nplain,x\n', ',', { maxRows: 5, cut: false })
    expect(table.rows).toEqual([
      ['Smith, J.', 'said "hi"\nthen left'],
      ['plain', 'x'],
    ])
    // In a TSV a quote is only a character.
    expect(parseTable('a\n"b\tc"\n', '\t', { maxRows: 5, cut: false }).rows).toEqual([['"b', 'c"']])
  })

  it('has no header and no rows for empty bytes', () => {
    expect(parseTable('', '\t', { maxRows: 5, cut: false })).toEqual({
      header: [],
      rows: [],
      totalRows: 0,
      columns: 0,
      raggedRows: 0,
    })
  })
})
