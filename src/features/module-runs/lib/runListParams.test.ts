import { pageCount, runListParamsFrom, RUN_PAGE_SIZE } from './runListParams'

const from = (query: string) => runListParamsFrom(new URLSearchParams(query))

describe('module run list params', () => {
  it('asks for the first page of 20 without filters', () => {
    expect(from('')).toEqual({ page: 1, limit: RUN_PAGE_SIZE })
  })

  it('reads the status, module and page filters of the URL', () => {
    expect(from('status=failed&module=netmhcpan-binding&page=3')).toEqual({
      page: 3,
      limit: 20,
      status: 'failed',
      moduleId: 'netmhcpan-binding',
    })
  })

  it('keeps several known statuses once each and drops unknown ones', () => {
    expect(from('status=queued,running,exploded,running').status).toBe('queued,running')
    expect(from('status=exploded').status).toBeUndefined()
  })

  it('falls back to page 1 for a page that is not a whole number of at least 1', () => {
    expect(from('page=0').page).toBe(1)
    expect(from('page=2.5').page).toBe(1)
    expect(from('page=abc').page).toBe(1)
  })

  it('counts pages, at least one', () => {
    expect(pageCount(0, 20)).toBe(1)
    expect(pageCount(20, 20)).toBe(1)
    expect(pageCount(21, 20)).toBe(2)
  })
})
