import { describe, expect, it } from 'vitest'
import { artifactRows, classifyArtifacts } from './artifactDiff'
import { artifact, run, step } from './testRuns'

const changes = (pairs: ReturnType<typeof classifyArtifacts>) =>
  Object.fromEntries(pairs.map((pair) => [(pair.baseline ?? pair.other)!.name, pair.change]))

describe('artifact classification by identity', () => {
  it('tells every kind of change apart', () => {
    const baseline = [
      artifact('same.json', { uri: 's3://b/same.json' }),
      artifact('latest.json', { uri: 's3://b/latest.json', checksum: 'sha256:old' }),
      artifact('typing.tsv', { uri: 's3://b/run-1/typing.tsv', checksum: 'sha256:t' }),
      artifact('peptides.tsv', { uri: 's3://b/run-1/peptides.tsv', checksum: 'sha256:p1' }),
      artifact('gone.txt', { uri: 's3://b/run-1/gone.txt' }),
    ]
    const other = [
      artifact('same.json', { uri: 's3://b/same.json' }),
      artifact('latest.json', { uri: 's3://b/latest.json', checksum: 'sha256:new' }),
      artifact('typing.tsv', { uri: 's3://b/run-2/typing.tsv', checksum: 'sha256:t' }),
      artifact('peptides.tsv', { uri: 's3://b/run-2/peptides.tsv', checksum: 'sha256:p2' }),
      artifact('new.txt', { uri: 's3://b/run-2/new.txt' }),
    ]
    expect(changes(classifyArtifacts(baseline, other))).toEqual({
      'same.json': 'unchanged',
      'latest.json': 'same-uri-content-changed',
      'typing.tsv': 'new-uri-identical-content',
      'peptides.tsv': 'changed',
      'new.txt': 'added',
      'gone.txt': 'removed',
    })
  })

  it('a different size under the same URI and checksum is a content change', () => {
    const [pair] = classifyArtifacts([artifact('a', { sizeBytes: 1 })], [artifact('a', { sizeBytes: 2 })])
    expect(pair!.change).toBe('same-uri-content-changed')
  })

  it('finds a renamed file by its identical bytes', () => {
    const pairs = classifyArtifacts(
      [artifact('old-name.tsv', { uri: 's3://b/1/old-name.tsv', checksum: 'sha256:x' })],
      [artifact('new-name.tsv', { uri: 's3://b/2/new-name.tsv', checksum: 'sha256:x' })],
    )
    expect(pairs).toHaveLength(1)
    expect(pairs[0]!.change).toBe('new-uri-identical-content')
  })

  it('lays every artifact of every run out as rows, none dropped', () => {
    const base = run('a', [step('s', { artifacts: [artifact('x'), artifact('y')] })])
    const other = run('b', [step('s', { artifacts: [artifact('x'), artifact('z')] })])
    const rows = artifactRows([base, other], 0, ['s'])
    expect(rows.map((row) => [row.name, row.cells[1]?.change, row.differs])).toEqual([
      ['x', 'unchanged', false],
      ['y', 'removed', true],
      ['z', 'added', true],
    ])
  })
})
