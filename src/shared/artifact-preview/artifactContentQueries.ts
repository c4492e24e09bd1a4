import { queryOptions } from '@tanstack/react-query'
import { httpBytes } from '@/shared/api/httpBytes'
import { ARTIFACT_PREVIEW_BYTES, totalOfContentRange } from '@/shared/contract/artifacts'
import { withQuery } from '@/shared/contract/paths'
import { rasterizeSvg } from './rasterizeSvg'

/** The start of an artifact's content as a preview holds it. */
export type ArtifactBytes = {
  bytes: Uint8Array<ArrayBuffer>
  /** The whole file's size: `Content-Range`'s total, else `Content-Length`, else what was read. */
  totalBytes: number
  /** Only the start of the file was read (`bytes.length < totalBytes`). */
  cut: boolean
  /** The answer's media type, `''` when it named none. */
  contentType: string
}

/**
 * The first 1 MiB of an artifact (`Range: bytes=0-1048575`, api-contract §9.1); never more is read, even from a
 * server that ignores the range and answers the whole file.
 */
export async function fetchArtifactStart(contentPath: string, uri: string, signal?: AbortSignal): Promise<ArtifactBytes> {
  const answer = await httpBytes(withQuery(contentPath, { uri }), {
    signal,
    range: { start: 0, end: ARTIFACT_PREVIEW_BYTES - 1 },
    maxBytes: ARTIFACT_PREVIEW_BYTES,
  })
  const length = Number(answer.headers.get('Content-Length') ?? Number.NaN)
  const totalBytes =
    totalOfContentRange(answer.headers.get('Content-Range')) ??
    (answer.status === 200 && Number.isFinite(length) ? length : answer.bytes.length)
  return {
    bytes: answer.bytes,
    totalBytes: Math.max(totalBytes, answer.bytes.length),
    cut: answer.bytes.length < totalBytes,
    contentType: answer.contentType,
  }
}

/**
 * Query factory of artifact contents. Keys: ['artifact-content', contentPath, uri, 'start']: the content path names
 * the run (`/v1/workflow-runs/{runId}/artifacts/content`), the URI the file. A run's file never changes (the API
 * serves the version that run wrote), so it is fetched once; a preview and a comparison share it.
 */
export const artifactContentQueries = {
  all: () => ['artifact-content'] as const,
  start: (contentPath: string, uri: string) =>
    queryOptions({
      queryKey: [...artifactContentQueries.all(), contentPath, uri, 'start'],
      queryFn: ({ signal }) => fetchArtifactStart(contentPath, uri, signal),
      staleTime: Number.POSITIVE_INFINITY,
    }),
  /** An SVG artifact drawn into a PNG (rasterizeSvg.ts), from the bytes `start` read. */
  raster: (contentPath: string, uri: string, bytes: Uint8Array<ArrayBuffer>) =>
    queryOptions({
      queryKey: [...artifactContentQueries.all(), contentPath, uri, 'png'],
      queryFn: () => rasterizeSvg(bytes),
      staleTime: Number.POSITIVE_INFINITY,
      retry: false,
    }),
}
