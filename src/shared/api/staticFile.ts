import { z } from '@/shared/contract/zod'

/**
 * A JSON file the console's own build ships (under `BASE_URL`, e.g. the demo bundles' index), not an API call: no
 * token, no retries, no error envelope, so it does not go through `http()`. `null` when this build has no such file:
 * it answers an error status, or the server's SPA fallback answers HTML instead.
 */
export async function readStaticJson<S extends z.core.$ZodType>(
  path: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.output<S> | null> {
  const response = await fetch(`${import.meta.env.BASE_URL}${path}`, { signal })
  if (!response.ok || !response.headers.get('content-type')?.includes('json')) return null
  return z.parse(schema, await response.json())
}
