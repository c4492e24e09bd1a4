import { HttpResponse } from 'msw'
import { contentRange } from '../../src/shared/contract/artifacts'
import { unseededUri } from '../fixtures/xssPayloads'
import { MockHttpError, notFound, validationFailed, withApi } from '../runtime/api'
import { nowMs } from '../runtime/clock'
import { http } from '../runtime/http'
import { route } from '../runtime/route'
import { isScenario } from '../runtime/scenario'
import { contentOf } from '../stores/artifactContent'
import type { ArtifactBody } from '../stores/runArtifacts'
import { anyRunDetail } from '../stores/workflowRerunStore'
import { viewFor } from './moduleRuns'

/**
 * An artifact's bytes (api-contract §9.1): `?uri=` names one of the run's own artifacts — never any other object, so
 * the endpoint reads nothing a run did not write. Whoever may read the run may read its files (another
 * organization's run answers 404). `Range: bytes=a-b` (or `a-`, `-n`) answers 206 with `Content-Range` and the total;
 * no range, one this server does not serve (several ranges) or any range of an empty file answers 200 with the whole
 * file; a range past the end answers 416 with `Content-Range: bytes * /total`.
 */
function findArtifact(artifacts: readonly ArtifactBody[], url: URL, runId: string): ArtifactBody {
  const asked = url.searchParams.get('uri')
  if (!asked)
    throw validationFailed('Name the artifact.', [{ field: 'uri', message: 'Required: one of the run’s artifact URIs.' }])
  // The `xss` scenario hands out seeded URIs (mocks/runtime/xss.ts); the stored artifact has the original.
  const uri = isScenario('xss') ? unseededUri(asked) : asked
  const artifact = artifacts.find((candidate) => candidate.uri === uri)
  if (!artifact) throw notFound(`An artifact with this URI in run ${runId}`)
  return artifact
}

type Range = { start: number; end: number }

/**
 * The one range of a `Range` header, clipped to the file; null to answer the whole file (also an empty one: there is
 * nothing to cut, and a 416 for it would be an error in every browser console), 'unsatisfiable' past its end.
 */
function readRange(header: string | null, size: number): Range | null | 'unsatisfiable' {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '')
  if (!match || (match[1] === '' && match[2] === '') || size === 0) return null
  if (match[1] === '') {
    const suffix = Number(match[2])
    return suffix === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(match[1])
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  if (start >= size) return 'unsatisfiable'
  return end < start ? null : { start, end }
}

function contentResponse(artifact: ArtifactBody, owner: string, rangeHeader: string | null): Response {
  const content = contentOf(artifact, owner, isScenario('xss'))
  const range = readRange(rangeHeader, content.size)
  if (range === 'unsatisfiable')
    throw new MockHttpError(416, 'VALIDATION_FAILED', 'The range asked for lies past the end of the file.', undefined, {
      'Content-Range': `bytes */${content.size}`,
    })
  const { start, end } = range ?? { start: 0, end: content.size - 1 }
  const body = content.size === 0 ? new Uint8Array(0) : content.read(start, end)
  const headers: Record<string, string> = {
    'Content-Type': content.contentType,
    'Content-Length': String(body.length),
    'Accept-Ranges': 'bytes',
    // Never sniffed into something runnable, whatever the bytes are (they are untrusted).
    'X-Content-Type-Options': 'nosniff',
  }
  if (range) headers['Content-Range'] = contentRange(start, end, content.size)
  return new HttpResponse(body, { status: range ? 206 : 200, headers })
}

export const artifactHandlers = [
  http.get(
    route('workflowRunArtifactContent', 'runId'),
    withApi(
      'workflowRunArtifactContent',
      ({ params, url, request, actor }) => {
        const runId = String(params.runId)
        // Seeded and re-run runs alike: a redrive's carried-over steps keep their files.
        const run = anyRunDetail(actor, runId, nowMs())
        const artifact = findArtifact(
          run.steps.flatMap((step) => step.artifacts),
          url,
          runId,
        )
        return contentResponse(artifact, runId, request.headers.get('Range'))
      },
      { raw: true },
    ),
  ),
  http.get(
    route('moduleRunArtifactContent', 'runId'),
    withApi(
      'moduleRunArtifactContent',
      ({ params, url, request, actor }) => {
        const runId = String(params.runId)
        const { run } = viewFor(actor, runId)
        const artifact = findArtifact(run.artifacts, url, runId)
        // A step's module run serves the same bytes as its workflow run: a "latest" file records the workflow run.
        return contentResponse(artifact, run.workflow?.workflowRunId ?? runId, request.headers.get('Range'))
      },
      { raw: true },
    ),
  ),
]
