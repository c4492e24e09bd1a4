import { htmlText, jsonText, markdownText } from '../fixtures/artifactDocuments'
import { pngBytes, svgText } from '../fixtures/artifactImages'
import { tableText, variationOf, type Variation } from '../fixtures/artifactText'
import { malformedBytes } from '../fixtures/malformedArtifacts'
import { xssContent } from '../fixtures/xssArtifacts'
import type { ArtifactBody } from './runArtifacts'

/**
 * The bytes behind an artifact (issue 18): deterministic, exactly `sizeBytes` long, and built only as far as a read
 * asks (the first 1 MiB of a 40 MB parquet file costs 1 MiB). The same checksum always gives the same bytes.
 */
export type ArtifactContent = {
  size: number
  contentType: string
  /** Bytes `start`–`end`, inclusive (`end` < `size`). */
  read: (start: number, end: number) => Uint8Array
}

const encoder = new TextEncoder()

/** A text built to a prefix of `limit` characters (ASCII: a character is a byte). */
const textContent = (size: number, contentType: string, build: (limit: number) => string): ArtifactContent => ({
  size,
  contentType,
  read: (start, end) => encoder.encode(build(end + 1)).subarray(start, end + 1),
})

const bytesContent = (bytes: Uint8Array, contentType: string): ArtifactContent => ({
  size: bytes.length,
  contentType,
  read: (start, end) => bytes.subarray(start, end + 1),
})

/** The signature a reader of each binary format checks first. */
const MAGIC: [RegExp, number[]][] = [
  [/\.parquet$/, [...'PAR1'].map((c) => c.charCodeAt(0))],
  [/\.zip$/, [0x50, 0x4b, 0x03, 0x04]],
  [/\.pdf$/, [...'%PDF-1.7\n'].map((c) => c.charCodeAt(0))],
  [/\.(bam|gz)$/, [0x1f, 0x8b, 0x08, 0x04]],
]

/** murmur3's finaliser: byte `at` of a binary file from its position alone, so any range is made directly. */
function mix(seed: number, word: number): number {
  let h = (seed ^ Math.imul(word, 0xcc9e2d51)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

function binaryContent(name: string, variation: Variation, size: number, contentType: string): ArtifactContent {
  const magic = MAGIC.find(([pattern]) => pattern.test(name))?.[1] ?? []
  return {
    size,
    contentType,
    read: (start, end) => {
      const bytes = new Uint8Array(end - start + 1)
      for (let at = start; at <= end; at++) {
        // Parquet also ends with its magic; every other byte is noise.
        const tail = size - at
        bytes[at - start] =
          at < magic.length
            ? magic[at]!
            : name.endsWith('.parquet') && tail <= 4
              ? magic[4 - tail]!
              : (mix(variation.variant, at >>> 2) >>> ((at & 3) * 8)) & 0xff
      }
      return bytes
    },
  }
}

/**
 * The content of `artifact` as the run that wrote it left it; `owner` (the run's id) is what a "latest" file records.
 * In the `xss` scenario the previewable kinds hold the hostile corpus instead (mocks/fixtures/xssArtifacts.ts).
 */
export function contentOf(artifact: ArtifactBody, owner: string, hostile = false): ArtifactContent {
  const { name, sizeBytes: size, checksum } = artifact
  const contentType = artifact.contentType.split(';')[0]!.trim().toLowerCase()
  const broken = malformedBytes(name, checksum)
  if (broken) return bytesContent(broken, artifact.contentType)
  const xss = hostile ? xssContent(contentType) : undefined
  if (xss !== undefined) return bytesContent(encoder.encode(xss), artifact.contentType)
  const variation = variationOf(name, checksum)
  switch (contentType) {
    case 'text/tab-separated-values':
    case 'text/csv':
      return textContent(size, artifact.contentType, (limit) => tableText(name, variation, size, limit))
    case 'application/json':
      return textContent(size, artifact.contentType, (limit) => jsonText(name, variation, owner, size, limit))
    case 'text/markdown':
      return textContent(size, artifact.contentType, (limit) => markdownText(variation, owner, size, limit))
    case 'text/html':
      return textContent(size, artifact.contentType, (limit) => htmlText(`Report of ${owner}`, variation, size, limit))
    case 'image/svg+xml':
      return textContent(size, artifact.contentType, (limit) => svgText(variation, size, limit))
    case 'image/png':
      return bytesContent(pngBytes(variation, size), artifact.contentType)
    default:
      return binaryContent(name, variation, size, artifact.contentType)
  }
}
