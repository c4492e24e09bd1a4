import { changedColumns, sameHeader } from './columnDiff'

describe('columnDiff', () => {
  it('names the columns whose values changed, a missing cell included', () => {
    expect(changedColumns(['SIINFEKL', '0.41', 'strong'], ['SIINFEKL', '0.52', 'strong'])).toEqual([1])
    expect(changedColumns(['a', 'b'], ['a', 'b', 'c'])).toEqual([2])
    expect(changedColumns(['a'], ['a'])).toEqual([])
  })

  it('tells a shared header from a reordered or different one', () => {
    expect(sameHeader(['peptide', 'score'], ['peptide', 'score'])).toBe(true)
    expect(sameHeader(['peptide', 'score'], ['score', 'peptide'])).toBe(false)
    expect(sameHeader(['peptide'], ['peptide', 'score'])).toBe(false)
  })
})
