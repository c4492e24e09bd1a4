import { formatAct, formatDuration } from '@/shared/lib/format'
import { runDurationText, type Comparison } from './comparison'
import { ARTIFACT_CHANGE_LABEL } from './artifactDiff'
import { deltaText } from './deltaText'
import type { InputRow } from './inputsDiff'
import type { StepCell } from './stepAlignment'

/** The comparison as plain data: what a script or a notebook needs to reproduce the view. */
export function comparisonJson(workflowId: string, comparison: Comparison, inputs: InputRow[]) {
  const { runs, baselineIndex } = comparison
  return {
    workflowId,
    baseline: runs[baselineIndex]!.id,
    runs: comparison.summaries.map((s) => ({
      id: s.run.id,
      status: s.run.status,
      startedAt: s.run.startedAt,
      finishedAt: s.run.finishedAt ?? null,
      durationMs: s.run.durationMs ?? null,
      durationDeltaMs: s.durationDeltaMs ?? null,
      creditsAct: s.run.creditsAct,
      creditsDeltaAct: s.creditsDelta,
      stepCounts: s.run.stepCounts,
      regressions: s.regressions,
      artifactChanges: s.artifactChanges,
    })),
    steps: comparison.steps.map((row) => ({
      stepId: row.stepId,
      name: row.name,
      mark: row.mark,
      runs: row.cells.map((cell, i) => ({
        runId: runs[i]!.id,
        mark: cell.mark,
        status: cell.step?.status ?? null,
        attempts: cell.step?.attempts ?? null,
        durationMs: cell.durationMs ?? null,
        durationDeltaMs: cell.durationDeltaMs ?? null,
        creditsAct: cell.step?.creditsAct ?? null,
        moduleVersion: cell.step?.moduleVersion ?? null,
        imageDigest: cell.step?.imageDigest ?? null,
        differences: cell.differences,
        regression: cell.regression,
      })),
    })),
    artifacts: comparison.artifacts.map((row) => ({
      stepId: row.stepId,
      name: row.name,
      runs: row.cells.map((cell, i) => ({
        runId: runs[i]!.id,
        change: cell?.change ?? null,
        uri: cell?.other?.uri ?? null,
        sizeBytes: cell?.other?.sizeBytes ?? null,
        checksum: cell?.other?.checksum ?? null,
      })),
    })),
    inputs: inputs.map((row) => ({
      path: row.path,
      runs: row.cells.map((cell, i) => ({ runId: runs[i]!.id, change: cell.change, value: cell.present ? cell.value : null })),
    })),
  }
}

/**
 * Table cells must not break the Markdown table (pipes, newlines) nor turn data into a link or HTML in a Markdown
 * viewer (brackets, angle brackets): those are backslash-escaped, which every Markdown renderer shows as the character.
 */
const md = (text: string) => text.replace(/[\\[\]<>|]/g, '\\$&').replace(/\r?\n/g, ' ')
const row = (cells: string[]) => `| ${cells.map(md).join(' | ')} |`
const table = (header: string[], rows: string[][]) => [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n')

function stepText(cell: StepCell): string {
  if (!cell.step) return cell.mark === 'removed' ? 'removed' : '—'
  const parts = [cell.step.status, formatDuration(cell.durationMs)]
  if (cell.durationDeltaMs !== undefined) parts.push(`(${deltaText(cell.durationDeltaMs, 'duration')})`)
  if (cell.regression) parts.push('REGRESSION')
  if (cell.step.attempts > 1) parts.push(`${cell.step.attempts} attempts`)
  if (cell.differences.includes('version')) parts.push(`v${cell.step.moduleVersion}`)
  return parts.join(' ')
}

const valueText = (present: boolean, value: unknown) => (present ? JSON.stringify(value) : '(absent)')

/** The comparison as a Markdown report: summary, differing steps, artifact changes, differing inputs. */
export function comparisonMarkdown(workflowId: string, comparison: Comparison, inputs: InputRow[]): string {
  const { runs, baselineIndex, summaries } = comparison
  const ids = runs.map((run, i) => (i === baselineIndex ? `${run.id} (baseline)` : run.id))
  const summary = table(
    ['', ...ids],
    [
      ['Status', ...summaries.map((s) => s.run.status)],
      ['Started', ...summaries.map((s) => s.run.startedAt)],
      [
        'Duration',
        ...summaries.map(
          (s) =>
            `${runDurationText(s.run)}${s.durationDeltaMs !== undefined ? ` (${deltaText(s.durationDeltaMs, 'duration', s.durationDeltaPct)})` : ''}`,
        ),
      ],
      [
        'Credits',
        ...summaries.map(
          (s) => `${formatAct(s.run.creditsAct)}${s.isBaseline ? '' : ` (${deltaText(s.creditsDelta, 'credits')})`}`,
        ),
      ],
      ['Failed steps', ...summaries.map((s) => String(s.run.stepCounts.failed))],
      ['Regressions (≥ 25 % slower)', ...summaries.map((s) => (s.isBaseline ? '—' : s.regressions.join(', ') || 'none'))],
    ],
  )
  const changedSteps = comparison.steps.filter((r) => r.mark !== 'unchanged')
  const artifactChanges = comparison.artifacts.filter((r) => r.differs)
  const differingInputs = inputs.filter((r) => r.differs)
  return [
    `# Comparison of ${runs.length} runs of ${workflowId}`,
    '',
    `Baseline: ${runs[baselineIndex]!.id}. Generated ${new Date().toISOString()}.`,
    '',
    '## Summary',
    '',
    summary,
    '',
    `## Steps that differ (${changedSteps.length} of ${comparison.steps.length})`,
    '',
    changedSteps.length
      ? table(
          ['Step', 'Mark', ...ids],
          changedSteps.map((r) => [r.name, r.mark, ...r.cells.map(stepText)]),
        )
      : 'No step differs.',
    '',
    `## Artifact changes (${artifactChanges.length} of ${comparison.artifacts.length})`,
    '',
    artifactChanges.length
      ? table(
          ['Step', 'Artifact', ...ids],
          artifactChanges.map((r) => [
            r.stepName,
            r.name,
            ...r.cells.map((cell, i) =>
              i === baselineIndex ? (cell ? 'baseline' : '—') : cell ? ARTIFACT_CHANGE_LABEL[cell.change] : '—',
            ),
          ]),
        )
      : 'No artifact differs.',
    '',
    `## Inputs that differ (${differingInputs.length})`,
    '',
    differingInputs.length
      ? table(
          ['Path', ...ids],
          differingInputs.map((r) => [r.path, ...r.cells.map((c) => valueText(c.present, c.value))]),
        )
      : 'The inputs are identical.',
    '',
  ].join('\n')
}
