import type { z } from '../../src/shared/contract/zod'
import type { Artifact } from '../../src/shared/contract/artifacts'
import type { DemoModuleId } from '../fixtures/moduleIds'
import { ARTIFACT_FILES } from '../fixtures/workflowInputs'
import { createRng, seedOf } from '../runtime/prng'

export type ArtifactBody = z.input<typeof Artifact>

/**
 * Output files of a finished module run or workflow step under `prefix` (no trailing slash). Size and checksum come
 * from `contentKey(file)`: the same key means the same bytes, so comparisons see identical outputs as identical.
 */
export function artifactsOf(
  moduleId: DemoModuleId,
  prefix: string,
  contentKey: (file: string, stable: boolean) => string,
): ArtifactBody[] {
  return ARTIFACT_FILES[moduleId].map((file) =>
    contentAt(`${prefix}/${file.name}`, file.name, file.contentType, file.size, contentKey(file.name, file.stable ?? false)),
  )
}

export function contentAt(uri: string, name: string, contentType: string, size: [number, number], key: string): ArtifactBody {
  const rng = createRng(seedOf(key))
  return { name, uri, sizeBytes: rng.int(size[0], size[1]), checksum: `sha256:${rng.hex(64)}`, contentType }
}
