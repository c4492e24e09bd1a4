import { z } from 'zod'

/** An output file of a module run or workflow step (api-contract §9). */
export const Artifact = z.object({
  name: z.string(),
  uri: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  checksum: z.string(),
  contentType: z.string(),
})
export type Artifact = z.infer<typeof Artifact>
