import { describe, expect, it } from 'vitest'
import { compareRuns } from './comparison'
import { comparisonJson, comparisonMarkdown } from './exportComparison'
import { inputRows } from './inputsDiff'
import { artifact, run, step } from './testRuns'

const base = run('run-a', [step('typing', { artifacts: [artifact('latest.json', { checksum: 'sha256:1' })] })], {
  inputs: { rank: 2, note: 'a | b' },
})
const other = run(
  'run-b',
  [step('typing', { durationMs: 90_000, artifacts: [artifact('latest.json', { checksum: 'sha256:2' })] })],
  { inputs: { rank: 0.5, note: 'a | b' }, status: 'FAILED' },
)

describe('comparison export', () => {
  const comparison = compareRuns([base, other], 0)
  const inputs = inputRows([base.inputs, other.inputs], 0, false)

  it('writes Markdown with the summary, the regressed step, the artifact flag and only the differing input', () => {
    const markdown = comparisonMarkdown('wf', comparison, inputs)
    expect(markdown).toContain('| Status | SUCCEEDED | FAILED |')
    expect(markdown).toContain('| TYPING | changed | completed 1 min 00 s | completed 1 min 30 s (+30 s) REGRESSION |')
    expect(markdown).toContain('Same URI, content changed')
    expect(markdown).toContain('| rank | 2 | 0.5 |')
    expect(markdown).not.toContain('note')
  })

  it('says a run still going has not finished, rather than giving it a dash for a duration', () => {
    const going = run('run-c', [step('typing')], { status: 'RUNNING', durationMs: undefined, finishedAt: undefined })
    const markdown = comparisonMarkdown('wf', compareRuns([base, going], 0), inputs)
    expect(markdown).toContain('| Duration | 1 min 00 s | not finished |')
  })

  it('escapes pipes so a value cannot break the Markdown table', () => {
    const all = inputRows([base.inputs, other.inputs], 0, true)
    const markdown = comparisonMarkdown('wf', comparison, all)
    expect(markdown).not.toContain('"a | b"')
    expect(comparisonMarkdown('wf', comparison, [{ path: 'x', differs: true, cells: all[1]!.cells }])).toContain('"a \\| b"')
  })

  it('escapes brackets and angle brackets so data cannot become a link or HTML in a Markdown viewer', () => {
    const hostile = run('run-c', [step('typing')], {
      inputs: { rank: 2, note: '[x](javascript:alert(1)) <img src=x onerror=alert(1)>' },
    })
    const markdown = comparisonMarkdown('wf', compareRuns([base, hostile], 0), inputRows([base.inputs, hostile.inputs], 0, false))
    expect(markdown).toContain('\\[x\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\>')
    expect(markdown).not.toMatch(/[^\\][[<]/)
  })

  it('writes JSON a script can use: baseline, per-run deltas and per-step cells', () => {
    const json = comparisonJson('wf', comparison, inputs)
    expect(json.baseline).toBe('run-a')
    expect(json.runs[1]).toMatchObject({ id: 'run-b', durationDeltaMs: 30_000, regressions: ['TYPING'] })
    expect(json.steps[0]!.runs[1]).toMatchObject({ runId: 'run-b', regression: true, durationDeltaMs: 30_000 })
    expect(json.artifacts[0]!.runs[1]!.change).toBe('same-uri-content-changed')
  })
})
