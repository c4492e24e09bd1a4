import { httpBytes } from '@/shared/api/httpBytes'
import type { Artifact } from '@/shared/contract/artifacts'
import { withQuery } from '@/shared/contract/paths'
import { downloadBlob } from '@/shared/lib/downloadText'

/** A whole file can take long to arrive: more than a JSON call's 30 s. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000

/**
 * A safe file name from an artifact's name: its last path segment, without characters file systems refuse, control
 * characters or direction overrides (the name is data: `invoice\u202Efdp.exe` must not become `invoiceexe.pdf`).
 */
export function downloadNameOf(name: string): string {
  const last = name.split('/').filter(Boolean).pop() ?? ''
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const safe = last.replace(/[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '_').trim()
  return safe.slice(0, 150) || 'artifact'
}

/**
 * Fetches the whole file (no range) with the console's identity and saves it. Saved as `application/octet-stream`,
 * whatever it claims to be: a download is never opened in the console's origin.
 */
export async function downloadArtifact(contentPath: string, artifact: Artifact, signal?: AbortSignal): Promise<void> {
  const answer = await httpBytes(withQuery(contentPath, { uri: artifact.uri }), { signal, timeoutMs: DOWNLOAD_TIMEOUT_MS })
  downloadBlob(downloadNameOf(artifact.name), new Blob([answer.bytes], { type: 'application/octet-stream' }))
}
