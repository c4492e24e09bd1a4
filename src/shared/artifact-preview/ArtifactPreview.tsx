import { Alert, Stack, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useMemo } from 'react'
import type { Artifact } from '@/shared/contract/artifacts'
import { clipText } from '@/shared/lib/clip'
import { formatBytes } from '@/shared/lib/format'
import { LoadingState } from '@/shared/ui/DataState'
import { QueryState } from '@/shared/ui/QueryState'
import { artifactContentQueries, type ArtifactBytes } from './artifactContentQueries'
import { decodeText } from './decodeText'
import { HtmlPreview } from './HtmlPreview'
import { ImagePreview } from './ImagePreview'
import { JsonPreview } from './JsonPreview'
import { MarkdownPreview } from './MarkdownPreview'
import { mediaTypeOf, previewKindOf, type PreviewKind } from './previewKind'
import { TablePreview } from './TablePreview'
import { TextPreview } from './TextPreview'

type Props = { artifact: Artifact; contentPath: string }

/** How much of the file is on screen: "First 1 MiB of 12.3 MiB shown." */
function readNote(data: ArtifactBytes): string {
  if (data.totalBytes === 0) return 'This file is empty.'
  return data.cut
    ? `First ${formatBytes(data.bytes.length)} of ${formatBytes(data.totalBytes)} shown. Download the file for the rest.`
    : `The whole file is shown (${formatBytes(data.totalBytes)}).`
}

/**
 * The preview of one artifact (issue 18): the first 1 MiB at most, read with the console's identity, shown by its kind
 * — a table, text, a JSON tree, Markdown, a sandboxed HTML frame, an image — and anything else described, not read.
 * Every byte is untrusted: nothing of it runs, and nothing it names is loaded.
 */
export function ArtifactPreview({ artifact, contentPath }: Props) {
  const kind = previewKindOf(artifact)
  if (kind === 'binary')
    return (
      <Alert severity="info">
        {`No preview for ${mediaTypeOf(artifact.contentType) || 'this type'}: its facts are above. Download the file to open it in a program that reads it.`}
      </Alert>
    )
  return <ContentPreview artifact={artifact} contentPath={contentPath} kind={kind} />
}

function ContentPreview({ artifact, contentPath, kind }: Props & { kind: PreviewKind }) {
  const query = useQuery(artifactContentQueries.start(contentPath, artifact.uri))
  const name = clipText(artifact.name)
  return (
    <QueryState query={query} loading={`Reading ${name}`} what={`The content of ${name}`}>
      {(data) => <LaidOut data={data} kind={kind} artifact={artifact} contentPath={contentPath} />}
    </QueryState>
  )
}

/**
 * Decoding and laying out up to 1 MiB happens in React's background render, which yields to input every few
 * milliseconds; the render that follows the bytes' arrival only says so (issue 18: no main-thread task over 50 ms).
 */
function LaidOut(props: Props & { data: ArtifactBytes; kind: PreviewKind }) {
  const ready = useDeferredValue(true, false)
  return ready ? <PreviewOf {...props} /> : <LoadingState label="Laying out the preview" />
}

function PreviewOf({ data, kind, artifact, contentPath }: Props & { data: ArtifactBytes; kind: PreviewKind }) {
  const isImage = kind === 'image' || kind === 'svg'
  const decoded = useMemo(() => (isImage ? undefined : decodeText(data.bytes, data.cut)), [isImage, data])
  const label = `Content of ${clipText(artifact.name)}`
  const text = decoded?.text ?? ''
  const body =
    data.totalBytes === 0 ? null : kind === 'tsv' || kind === 'csv' ? (
      <TablePreview text={text} separator={kind === 'tsv' ? '\t' : ','} cut={data.cut} label={label} />
    ) : kind === 'json' ? (
      <JsonPreview text={text} cut={data.cut} label={label} />
    ) : kind === 'markdown' ? (
      <MarkdownPreview text={text} label={label} />
    ) : kind === 'html' ? (
      <HtmlPreview text={text} cut={data.cut} label={label} />
    ) : isImage ? (
      <ImagePreview
        bytes={data.bytes}
        contentType={artifact.contentType}
        svg={kind === 'svg'}
        cut={data.cut}
        alt={clipText(artifact.name)}
        source={{ contentPath, uri: artifact.uri }}
      />
    ) : (
      <TextPreview text={text} label={label} />
    )
  return (
    <Stack spacing={1.5}>
      <Typography variant="body2" role="note">
        {readNote(data)}
      </Typography>
      {decoded?.invalidBytes && (
        <Alert severity="warning">Some bytes of this file are not UTF-8 text: each is shown as “�”.</Alert>
      )}
      {body}
    </Stack>
  )
}
