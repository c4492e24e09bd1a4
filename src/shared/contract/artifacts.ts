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
