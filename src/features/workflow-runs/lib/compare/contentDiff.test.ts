import { diffLines } from '@/shared/lib/diff/lineDiff'
import { cellsOf, DIFF_LINES, diffModeOf, foldUnchanged, linesToCompare } from './contentDiff'

describe('content diff', () => {
  it('compares tables by column, JSON by path, images side by side, other text by line, and binaries not at all', () => {
    expect(diffModeOf('tsv', 'tsv')).toBe('table')
    expect(diffModeOf('csv', 'tsv')).toBe('lines')
    expect(diffModeOf('json', 'json')).toBe('json')
    expect(diffModeOf('image', 'svg')).toBe('images')
    expect(diffModeOf('markdown', 'markdown')).toBe('lines')
    expect(diffModeOf('binary', 'binary')).toBe('none')
    expect(diffModeOf('image', 'text')).toBe('none')
  })

  it('takes the first 1,000 lines, leaving out a line cut off at the end of the part read', () => {
    const text = Array.from({ length: 1500 }, (_, i) => `line ${i}`).join('\n')
    expect(linesToCompare(text, true)).toMatchObject({ total: 1499 })
    expect(linesToCompare(text, true).lines).toHaveLength(DIFF_LINES)
    expect(linesToCompare('a\nb\n', true)).toEqual({ lines: ['a', 'b'], total: 2 })
    expect(linesToCompare('a\nb', false)).toEqual({ lines: ['a', 'b'], total: 2 })
  })

  it('folds unchanged stretches beyond three lines of a change', () => {
    const left = Array.from({ length: 20 }, (_, i) => `${i}`)
    const right = left.map((line, i) => (i === 10 ? 'ten' : line))
    const items = foldUnchanged(diffLines(left, right).rows)
    expect(items.map((item) => (item.kind === 'fold' ? `fold ${item.count}` : item.row.kind))).toEqual([
      'fold 7',
      'same',
      'same',
      'same',
      'changed',
      'same',
      'same',
      'same',
      'fold 6',
    ])
  })

  it('splits a CSV line on commas outside quotes', () => {
    expect(cellsOf('a,"b, c","say ""hi""",', ',')).toEqual(['a', 'b, c', 'say "hi"', ''])
    expect(cellsOf('a\t"b\tc"', '\t')).toEqual(['a', '"b', 'c"'])
  })
})
