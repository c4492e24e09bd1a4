import { orgListParamsFrom, sortingFromParam, sortParamFrom } from './orgListParams'

describe('organization list URL state', () => {
  it('reads filters, sort and cursor from the URL and ignores an unknown sort', () => {
    const params = orgListParamsFrom(new URLSearchParams('q=acme&tier=verified&sort=-memberCount&cursor=abc'))
    expect(params).toMatchObject({ q: 'acme', tier: 'verified', sort: '-memberCount', cursor: 'abc' })
    expect(orgListParamsFrom(new URLSearchParams('sort=bogus')).sort).toBeUndefined()
  })

  it('maps the sort param to table sorting and back, leaving the default out of the URL', () => {
    expect(sortingFromParam('-createdAt')).toEqual([{ id: 'createdAt', desc: true }])
    expect(sortParamFrom([{ id: 'createdAt', desc: true }])).toBe('-createdAt')
    expect(sortParamFrom([{ id: 'name', desc: false }])).toBeUndefined()
    expect(sortParamFrom([{ id: 'name', desc: true }])).toBe('-name')
  })
})
