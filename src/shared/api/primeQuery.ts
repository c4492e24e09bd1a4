import { isCancelledError, type EnsureQueryDataOptions, type QueryClient, type QueryKey } from '@tanstack/react-query'

/**
 * What a route loader does with data (docs/decisions/011): puts the first paint's query in the cache, waiting for it,
 * and never throws for a failed request. The query keeps its error and the page explains it in place, with Retry,
 * inside the shell; the route boundary is left to pages that cannot exist (session, role, an area the API lacks) and
 * to code that failed to load. A query cancelled under the loader (removed by an organization switch or a sign-in over
 * the page) still rejects, so that `loadAgainIfCancelled` starts the loader over instead of painting an empty page.
 */
export async function primeQuery<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  queryClient: QueryClient,
  options: EnsureQueryDataOptions<TQueryFnData, TError, TData, TQueryKey>,
): Promise<void> {
  try {
    await queryClient.ensureQueryData(options)
  } catch (error) {
    if (isCancelledError(error)) throw error
  }
}
