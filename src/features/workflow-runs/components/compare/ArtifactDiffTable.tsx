import { Box, Button, Link, Stack, Typography } from '@mui/material'
import { Fragment } from 'react'
import type { Artifact } from '@/shared/contract/artifacts'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { formatBytes, formatCount } from '@/shared/lib/format'
import { ARTIFACT_CHANGE_LABEL, type ArtifactChange, type ArtifactPair, type ArtifactRow } from '../../lib/compare/artifactDiff'
import type { ArtifactRef } from '../../lib/compare/compareParams'
import { diffTableMinWidth, PLAIN_TABLE } from './compareStyles'
import { DiffScopeSwitch, DiffTableHead } from './DiffTableParts'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'

/** Rows per page: long artifact lists page (with the count said), never get cut off silently. */
const ARTIFACT_PAGE_SIZE = 40

type Props = {
  runs: WorkflowRun[]
  baselineIndex: number
  rows: ArtifactRow[]
  showAll: boolean
  onShowAll: (all: boolean) => void
  page: number
  onPage: (page: number) => void
  /** Opens one run's file of a row (issue 18). */
  onPreview?: (ref: ArtifactRef) => void
  /** Opens what changed inside a file against the baseline's. */
  onCompare?: (ref: ArtifactRef) => void
}

const shortChecksum = (checksum: string) => checksum.replace(/^sha256:/, '').slice(0, 10)
/** The part of the URI that differs between runs: from the workflow's folder on (`run-000417/typing/alleles.tsv`). */
const uriTail = (uri: string) => uri.replace(/^.*\/workflow-files\/[^/]+\//, '…/')

/**
 * Artifacts by identity (URI + size + checksum), a row per artifact of a step and a column per run, each classified
 * against the baseline. "Same URI, content changed" and "new URI, identical content" are called out by name.
 */
export function ArtifactDiffTable({ runs, baselineIndex, rows, showAll, onShowAll, page, onPage, onPreview, onCompare }: Props) {
  const differing = rows.filter((row) => row.differs)
  const visible = showAll ? rows : differing
  const pages = Math.max(1, Math.ceil(visible.length / ARTIFACT_PAGE_SIZE))
  const current = Math.min(Math.max(page, 1), pages)
  const slice = visible.slice((current - 1) * ARTIFACT_PAGE_SIZE, current * ARTIFACT_PAGE_SIZE)
  const first = visible.length === 0 ? 0 : (current - 1) * ARTIFACT_PAGE_SIZE + 1
  return (
    <Stack spacing={1.5}>
      <DiffScopeSwitch label="Show unchanged artifacts" checked={showAll} onChange={onShowAll}>
        {`${formatCount(differing.length)} of ${formatCount(rows.length)} artifacts differ from the baseline`}
        {!showAll && rows.length > differing.length ? `; ${formatCount(rows.length - differing.length)} unchanged hidden` : ''}
      </DiffScopeSwitch>
      {visible.length === 0 ? (
        <Typography variant="body2">
          {rows.length === 0 ? 'None of these runs produced artifacts.' : 'Every artifact is unchanged.'}
        </Typography>
      ) : (
        <Box sx={{ ...PLAIN_TABLE, ...CELL_STYLES }}>
          <table aria-label="Artifacts compared with the baseline" style={{ minWidth: diffTableMinWidth(runs.length) }}>
            <DiffTableHead first="Artifact" runs={runs} baselineIndex={baselineIndex} />
            <tbody>
              {slice.map((row, i) => (
                <Fragment key={`${row.stepId}/${row.name}`}>
                  {(i === 0 || slice[i - 1]!.stepId !== row.stepId) && (
                    <tr>
                      <th scope="colgroup" colSpan={runs.length + 1} className="step-head">
                        {clipText(row.stepName)}
                      </th>
                    </tr>
                  )}
                  <tr>
                    <th scope="row" className="sticky name">
                      {clipText(row.name)}
                    </th>
                    {row.cells.map((cell, k) => (
                      <td key={k} className="artifact-cell" data-change={k === baselineIndex ? 'baseline' : cell?.change}>
                        <PairView
                          pair={cell}
                          isBaseline={k === baselineIndex}
                          refOf={{ runId: runs[k]!.id, stepId: row.stepId, name: row.name }}
                          onPreview={onPreview}
                          onCompare={onCompare}
                        />
                      </td>
                    ))}
                  </tr>
                </Fragment>
              ))}
            </tbody>
          </table>
        </Box>
      )}
      {pages > 1 && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography
            variant="body2"
            aria-live="polite"
          >{`Rows ${first}–${first + slice.length - 1} of ${formatCount(visible.length)}`}</Typography>
          <Button size="small" disabled={current <= 1} onClick={() => onPage(current - 1)}>
            Previous artifacts
          </Button>
          <Button size="small" disabled={current >= pages} onClick={() => onPage(current + 1)}>
            Next artifacts
          </Button>
        </Stack>
      )}
    </Stack>
  )
}

/** Changes whose two files hold other bytes: their content can be compared. */
const CONTENT_CHANGES: ReadonlySet<ArtifactChange> = new Set(['same-uri-content-changed', 'changed'])

type PairProps = {
  pair?: ArtifactPair
  isBaseline: boolean
  refOf: ArtifactRef
  onPreview?: (ref: ArtifactRef) => void
  onCompare?: (ref: ArtifactRef) => void
}

function PairView({ pair, isBaseline, refOf, onPreview, onCompare }: PairProps) {
  if (!pair) return <span className="muted">—</span>
  const artifact: Artifact | undefined = pair.other ?? pair.baseline
  const label = ARTIFACT_CHANGE_LABEL[pair.change]
  const what = `${clipText(refOf.name)} of ${refOf.runId}`
  // "Same URI, content changed" is where people click first: the label itself opens the two versions side by side.
  const change =
    !isBaseline && onCompare && CONTENT_CHANGES.has(pair.change) ? (
      <Link
        component="button"
        type="button"
        className="change"
        onClick={() => onCompare(refOf)}
        aria-label={`${label}: compare ${what} with the baseline`}
      >
        {label}
      </Link>
    ) : (
      !isBaseline && <div className="change">{label}</div>
    )
  return (
    <>
      {change}
      {artifact && (
        <div title={`${clipText(artifact.uri, DISPLAY_LIMIT.prose)}\n${artifact.checksum}\n${artifact.sizeBytes} bytes`}>
          <div className="uri">{pair.change === 'removed' ? '(not produced)' : clipText(uriTail(artifact.uri))}</div>
          {pair.change !== 'removed' && (
            <div className="muted">
              {formatBytes(artifact.sizeBytes)} · {shortChecksum(artifact.checksum)}
              {onPreview && (
                <>
                  {' · '}
                  <Link component="button" type="button" onClick={() => onPreview(refOf)} aria-label={`Preview ${what}`}>
                    Preview
                  </Link>
                </>
              )}
            </div>
          )}
        </div>
      )}
    </>
  )
}

const CELL_STYLES = {
  '& .step-head': { bgcolor: 'action.hover', fontWeight: 600 },
  '& .name': { fontFamily: 'monospace', fontWeight: 400 },
  '& .artifact-cell': { fontSize: '0.8125rem', minWidth: '13rem' },
  '& .uri': { fontFamily: 'monospace', fontSize: '0.75rem', wordBreak: 'break-all' },
  '& .muted': { color: 'text.secondary' },
  '& .change': { font: 'inherit', fontWeight: 600, textAlign: 'left' },
  '& [data-change="same-uri-content-changed"] .change, & [data-change="removed"] .change': { color: 'error.main' },
  '& [data-change="new-uri-identical-content"] .change': { color: 'success.main' },
  '& [data-change="unchanged"] .change': { color: 'text.secondary', fontWeight: 400 },
} as const
