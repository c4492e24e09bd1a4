import { Alert, Box, Stack, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useEffect, useMemo, type ReactNode } from 'react'
import { artifactContentQueries, type ArtifactBytes } from '@/shared/artifact-preview/artifactContentQueries'
import { decodeText } from '@/shared/artifact-preview/decodeText'
import { ImagePreview } from '@/shared/artifact-preview/ImagePreview'
import { parseJson } from '@/shared/artifact-preview/previewText'
import { mediaTypeOf, previewKindOf } from '@/shared/artifact-preview/previewKind'
import type { Artifact } from '@/shared/contract/artifacts'
import { apiPaths } from '@/shared/contract/paths'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { clipText } from '@/shared/lib/clip'
import { diffLinesOffThread } from '@/shared/lib/diff/diffOffThread'
import { LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { diffModeOf, type DiffMode } from '../../lib/compare/contentDiff'
import { inputRows } from '../../lib/compare/inputsDiff'
import { DiffScopeSwitch } from './DiffTableParts'
import { InputsDiffTable } from './InputsDiffTable'
import { TextContentDiff, type DiffSide } from './TextContentDiff'

export type Version = { run: WorkflowRun; artifact: Artifact; title: string }

type Props = { name: string; baseline: Version; other: Version; showAll: boolean; onShowAll: (all: boolean) => void }

const sourceOf = (version: Version) => ({
  contentPath: apiPaths.workflowRunArtifactContent(version.run.id),
  uri: version.artifact.uri,
})

/**
 * What changed inside a file between the baseline and another run (issue 18): text and tables line by line, side by
 * side; JSON by path with the inputs diff's differences-only rules; images side by side. Other kinds are not read.
 */
export function ContentDiff(props: Props) {
  const mode = diffModeOf(previewKindOf(props.baseline.artifact), previewKindOf(props.other.artifact))
  if (mode === 'none')
    return (
      <Alert severity="info">
        {`Files of this type (${mediaTypeOf(props.other.artifact.contentType) || 'unknown'}) are not compared by content: their checksums say they differ. Download both to compare them with a program that reads them.`}
      </Alert>
    )
  return <LoadedVersions {...props} mode={mode} />
}

function LoadedVersions({ mode, ...props }: Props & { mode: Exclude<DiffMode, 'none'> }) {
  // The diff's worker starts while both files are on their way, not after they arrived.
  useEffect(() => {
    if (mode === 'lines' || mode === 'table') void diffLinesOffThread([], [])
  }, [mode])
  const left = useQuery(artifactContentQueries.start(sourceOf(props.baseline).contentPath, props.baseline.artifact.uri))
  const right = useQuery(artifactContentQueries.start(sourceOf(props.other).contentPath, props.other.artifact.uri))
  for (const [query, version] of [
    [left, props.baseline],
    [right, props.other],
  ] as const)
    if (query.error && !query.data)
      return (
        <ErrorState
          title={`The file of ${version.run.id} could not be read`}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )
  if (!left.data || !right.data) return <LoadingState label="Reading both versions" />
  return <Compared {...props} mode={mode} left={left.data} right={right.data} />
}

type ComparedProps = Props & { mode: Exclude<DiffMode, 'none'>; left: ArtifactBytes; right: ArtifactBytes }

/** Both versions are decoded and compared in React's background render, which yields to input (issue 18). */
function Compared(props: ComparedProps) {
  const ready = useDeferredValue(true, false)
  return ready ? <ComparedNow {...props} /> : <LoadingState label="Comparing the two versions" />
}

function ComparedNow({ name, baseline, other, showAll, onShowAll, mode, left, right }: ComparedProps) {
  const sides = useMemo(() => {
    if (mode === 'images') return undefined
    const side = (data: ArtifactBytes, version: Version): DiffSide => ({
      text: decodeText(data.bytes, data.cut).text,
      cut: data.cut,
      source: sourceOf(version),
      title: version.title,
    })
    return [side(left, baseline), side(right, other)] as const
  }, [mode, left, right, baseline, other])
  const json = useMemo(() => {
    if (mode !== 'json' || !sides || left.cut || right.cut) return undefined
    const [l, r] = [parseJson(sides[0].text), parseJson(sides[1].text)]
    return l.ok && r.ok ? [l.value, r.value] : undefined
  }, [mode, sides, left.cut, right.cut])

  if (mode === 'images')
    return (
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
        {[
          [left, baseline],
          [right, other],
        ].map(([data, version]) => {
          const { artifact, title } = version as Version
          return (
            <Stack key={title} spacing={1}>
              <Typography variant="subtitle2" component="h3">
                {title}
              </Typography>
              <ImagePreview
                bytes={(data as ArtifactBytes).bytes}
                contentType={artifact.contentType}
                svg={previewKindOf(artifact) === 'svg'}
                cut={(data as ArtifactBytes).cut}
                alt={`${clipText(artifact.name)} of ${title}`}
                source={sourceOf(version as Version)}
              />
            </Stack>
          )
        })}
      </Box>
    )
  if (json)
    return (
      <InputsDiffTable
        runs={[baseline.run, other.run]}
        baselineIndex={0}
        rows={inputRows(json, 0, showAll)}
        showAll={showAll}
        onShowAll={onShowAll}
        label={`Values of ${clipText(name)} compared with the baseline`}
        switchLabel="Show every value"
        sameText="The two documents hold the same values."
        firstColumn="Path"
      />
    )
  const note: ReactNode =
    mode === 'json' ? <Alert severity="info">One of the two is not whole, valid JSON: they are compared as text.</Alert> : null
  return (
    <Stack spacing={1}>
      {note}
      <DiffScopeSwitch label="Show unchanged lines" checked={showAll} onChange={onShowAll}>
        {showAll ? 'Every line compared is shown.' : 'Changes are shown with three lines around each.'}
      </DiffScopeSwitch>
      <TextContentDiff
        left={sides![0]}
        right={sides![1]}
        separator={mode === 'table' ? (previewKindOf(baseline.artifact) === 'csv' ? ',' : '\t') : undefined}
        name={name}
        showAll={showAll}
      />
    </Stack>
  )
}
