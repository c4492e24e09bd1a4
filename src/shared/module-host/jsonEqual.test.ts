import { jsonEqual } from './jsonEqual'

describe('jsonEqual', () => {
  it('treats objects and arrays with the same content as equal, whatever their identity and key order', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true)
    expect(jsonEqual({ a: 1, gone: undefined }, { a: 1 })).toBe(true)
    expect(jsonEqual(undefined, undefined)).toBe(true)
  })

  it('tells apart different values, lengths, shapes and kinds', () => {
    expect(jsonEqual({ a: 1 }, { a: 2 })).toBe(false)
    expect(jsonEqual([1, 2], [1, 2, 3])).toBe(false)
    expect(jsonEqual({ a: 1 }, { b: 1 })).toBe(false)
    expect(jsonEqual([], {})).toBe(false)
    expect(jsonEqual({ a: null }, { a: {} })).toBe(false)
    expect(jsonEqual('1', 1)).toBe(false)
    expect(jsonEqual(undefined, {})).toBe(false)
  })
})
