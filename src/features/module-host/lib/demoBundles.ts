import { queryOptions } from '@tanstack/react-query'
import { z } from '@/shared/contract/zod'
import { readStaticJson } from '@/shared/api/staticFile'

/** One entry of the demo UI bucket's index (`/module-bundles/index.json`, built with the console in demo mode). */
const DemoBundle = z.object({
  id: z.string(),
  label: z.string(),
  description: z.string(),
  expect: z.string(),
  tier: z.optional(z.string()),
  module: z.optional(z.object({ id: z.string(), name: z.string(), version: z.string(), displayName: z.optional(z.string()) })),
  ui: z.object({
    bundleUrl: z.string(),
    integrity: z.nullable(z.string()),
    runtime: z.string(),
    globals: z.array(z.string()),
    assets: z.array(z.object({ path: z.string(), integrity: z.string() })),
  }),
})
export type DemoBundle = z.infer<typeof DemoBundle>
const DemoBundleIndex = z.object({ bundles: z.array(DemoBundle) })

/** The demo bundles the harness can mount through the production path; empty when the build has no demo bucket. */
export const demoBundlesQuery = () =>
  queryOptions({
    queryKey: ['module-host', 'demo-bundles'] as const,
    staleTime: Infinity,
    queryFn: async ({ signal }): Promise<DemoBundle[]> =>
      (await readStaticJson('module-bundles/index.json', DemoBundleIndex, signal))?.bundles ?? [],
  })
