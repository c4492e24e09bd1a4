import { QueryClient } from '@tanstack/react-query'
import { workflowRunQueries } from '../api/workflowRunQueries'
import { knownRunUsers } from './runUsers'

const page = (...people: [string, string][]) => ({
  items: people.map(([userId, name]) => ({ triggeredBy: { userId, name } })),
  nextCursor: null,
  hasMore: false,
})

describe('knownRunUsers', () => {
  it('offers me and everyone seen on any page of this workflow read so far, by name, once each', () => {
    const client = new QueryClient()
    client.setQueryData(workflowRunQueries.list('wf-a', {}).queryKey, page(['u-2', 'Zoë'], ['u-1', 'Ana']) as never)
    client.setQueryData(workflowRunQueries.list('wf-a', { cursor: 'c2' }).queryKey, page(['u-3', 'Bo'], ['u-2', 'Zoë']) as never)
    client.setQueryData(workflowRunQueries.list('wf-b', {}).queryKey, page(['u-9', 'Other workflow']) as never)
    expect(knownRunUsers(client, 'wf-a', { id: 'u-0', name: 'Me Myself' }).map((user) => user.name)).toEqual([
      'Ana',
      'Bo',
      'Me Myself',
      'Zoë',
    ])
  })
})
