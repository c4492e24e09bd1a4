import { describe, expect, it } from 'vitest'
import { formatPath, inputRows } from './inputsDiff'

const base = { samples: [{ id: 'S1', alleles: ['A*02:01'] }], params: { fdr: 0.01, engine: 'msfragger' }, notify: 'a@x' }
const other = { samples: [{ id: 'S1', alleles: ['A*03:01'] }], params: { fdr: 0.01, engine: 'msfragger' }, notify: 'a@x' }

describe('inputs diff', () => {
  it('lists only the nested paths that differ by default', () => {
    const rows = inputRows([base, other], 0, false)
    expect(rows.map((row) => row.path)).toEqual(['samples[0].alleles[0]'])
    expect(rows[0]!.cells.map((cell) => [cell.change, cell.value])).toEqual([
      ['same', 'A*02:01'],
      ['changed', 'A*03:01'],
    ])
  })

  it('shows every leaf with the differing ones marked when asked for all', () => {
    const rows = inputRows([base, other], 0, true)
    expect(rows.map((row) => [row.path, row.differs])).toEqual([
      ['samples[0].id', false],
      ['samples[0].alleles[0]', true],
      ['params.fdr', false],
      ['params.engine', false],
      ['notify', false],
    ])
  })

  it('names added and removed values and compares each run with the baseline, not with each other', () => {
    const third = { ...base, params: { fdr: 0.05 } }
    const rows = inputRows([base, other, third], 0, false)
    const engine = rows.find((row) => row.path === 'params.engine')!
    expect(engine.cells.map((cell) => cell.change)).toEqual(['same', 'same', 'removed'])
    const added = inputRows([base, { ...base, extra: { deep: true } }], 0, true).find((row) => row.path === 'extra')!
    expect(added.cells[1]).toEqual({ change: 'added', present: true, value: { deep: true } })
  })

  it('writes paths the way a reader of the JSON would', () => {
    expect(formatPath(['samples', 2, 'hla', 'HLA-A'])).toBe('samples[2].hla["HLA-A"]')
  })

  it('has nothing to show for identical inputs', () => {
    expect(inputRows([base, structuredClone(base)], 0, false)).toEqual([])
  })
})
