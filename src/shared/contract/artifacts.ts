import { z } from './zod'
import { Count } from './primitives'

/** An output file of a module run or workflow step (api-contract §9). */
export const Artifact = z.object({
  name: z.string(),
  uri: z.string(),
  sizeBytes: Count,
  checksum: z.string(),
  contentType: z.string(),
})
export type Artifact = z.infer<typeof Artifact>

/** What a preview fetches of an artifact at most (issue 18): its first 1 MiB, as `Range: bytes=0-1048575`. */
export const ARTIFACT_PREVIEW_BYTES = 1_048_576

/** The `Content-Range` of bytes `start`–`end` (inclusive) of a file of `total` bytes: `bytes 0-1048575/12900000`. */
export const contentRange = (start: number, end: number, total: number): string => `bytes ${start}-${end}/${total}`

/**
 * The total size a `Content-Range` names (`bytes 0-99/1234`, and `bytes * /1234` of a 416), or undefined when it names
 * none (`/*`) or does not parse.
 */
export function totalOfContentRange(header: string | null | undefined): number | undefined {
  const match = /^bytes\s+(?:\d+-\d+|\*)\/(\d+)\s*$/i.exec(header ?? '')
  return match ? Number(match[1]) : undefined
}
