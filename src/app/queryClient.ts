import { MutationCache, QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query'
import { isApiError } from '@/shared/api/ApiError'
import { noticeActions } from '@/shared/stores/noticeStore'

declare module '@tanstack/react-query' {
  interface Register {
    /** Mutations declare what they make stale; one MutationCache.onSuccess acts on it (style guide §3). */
    mutationMeta: { invalidates?: readonly QueryKey[] }
  }
}

/**
 * The console's query client. Retries live in `http()` (the contract's policy), so the cache does not retry on top.
 * A failed background refetch of data already on screen gets a notice; a first-load failure is explained by the page
 * that asked for it, in place (docs/decisions/011).
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.state.data === undefined) return
        const detail = isApiError(error) ? `${error.code}: ${error.message}` : 'the request failed'
        noticeActions().noticeShown(`Could not refresh — ${detail}. Showing the last data received.`)
      },
    }),
    mutationCache: new MutationCache({
      onSuccess: async (_data, _variables, _context, mutation) => {
        const keys = mutation.meta?.invalidates ?? []
        await Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })))
      },
    }),
    defaultOptions: {
      // retryOnMount: a query that has just failed (a loader's first request, with http()'s retries) is shown failed
      // with Retry, not fetched a second time because its page mounted (docs/decisions/011).
      queries: { retry: false, retryOnMount: false, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
  return client
}
