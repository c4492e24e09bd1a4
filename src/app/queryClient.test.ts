import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { createElement, type ReactNode } from 'react'
import { createQueryClient } from './queryClient'

describe('query client', () => {
  it('invalidates exactly the query families a mutation declares in its meta', async () => {
    const client = createQueryClient()
    client.setQueryData(['registries', 'list', 'org-0002'], { items: [] })
    client.setQueryData(['registries', 'detail', 'reg-1'], { id: 'reg-1' })
    client.setQueryData(['workflows', 'list'], { items: [] })
    await client
      .getMutationCache()
      .build(client, { mutationFn: async () => 'ok', meta: { invalidates: [['registries']] } })
      .execute(undefined)
    expect(client.getQueryState(['registries', 'list', 'org-0002'])?.isInvalidated).toBe(true)
    expect(client.getQueryState(['registries', 'detail', 'reg-1'])?.isInvalidated).toBe(true)
    expect(client.getQueryState(['workflows', 'list'])?.isInvalidated).toBe(false)
  })

  it('leaves retrying to http(): the cache itself does not retry a failed query', async () => {
    const client = createQueryClient()
    let calls = 0
    await client
      .fetchQuery({ queryKey: ['x'], queryFn: async () => (calls++, Promise.reject(new Error('down'))) })
      .catch(() => undefined)
    expect(calls).toBe(1)
  })

  it('shows a query that just failed (in a loader) as failed when its page mounts, and fetches again only on Retry', async () => {
    const client = createQueryClient()
    let calls = 0
    const options = { queryKey: ['y'], queryFn: async () => (calls++, Promise.reject(new Error('down'))) }
    await client.fetchQuery(options).catch(() => undefined)
    const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client }, children)
    const { result } = renderHook(() => useQuery(options), { wrapper })
    expect(result.current.isError).toBe(true)
    expect(calls).toBe(1)
    await act(() => result.current.refetch())
    await waitFor(() => expect(calls).toBe(2))
  })
})
