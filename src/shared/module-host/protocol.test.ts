import { clampHeight, MAX_FRAME_MESSAGE_BYTES } from './limits'
import { checkFrameMessage, createRateLimiter, isJsonValue } from './protocol'

describe('bridge message validation (module-ui-contract §4)', () => {
  it('accepts a well-formed message of a known type', () => {
    const checked = checkFrameMessage({ v: 1, type: 'call', id: 1, method: 'emit', args: ['report.viewed', { n: 1 }] })
    expect(checked.ok).toBe(true)
  })

  it.each([
    [
      'a wrong protocol version',
      { v: 2, type: 'ready', protocol: 1, runtimeVersion: 'react@19', runId: 'r' },
      'wrong protocol version v',
    ],
    ['an unknown type', { v: 1, type: 'steal-token' }, 'unknown type or method'],
    ['an unknown method', { v: 1, type: 'call', id: 1, method: 'eval', args: [] }, 'invalid fields'],
    ['missing fields', { v: 1, type: 'resize' }, 'invalid fields'],
    ['a non-JSON value', { v: 1, type: 'call', id: 1, method: 'emit', args: [new Date()] }, 'not a JSON value'],
    ['a string', 'hello', 'not a message object'],
  ])('drops %s', (_label, message, reason) => {
    const checked = checkFrameMessage(message)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.reason).toContain(reason)
  })

  it('drops a message over 256 KB', () => {
    const big = 'x'.repeat(MAX_FRAME_MESSAGE_BYTES)
    const checked = checkFrameMessage({ v: 1, type: 'call', id: 1, method: 'emit', args: ['big', big] })
    expect(checked).toMatchObject({ ok: false, reason: 'over 256 KB' })
  })

  it('tells JSON values from functions, class instances, cycles and non-finite numbers', () => {
    expect(isJsonValue({ a: [1, 'x', null, true, { b: 2 }] })).toBe(true)
    expect(isJsonValue({ f: () => 1 })).toBe(false)
    expect(isJsonValue({ n: Number.NaN })).toBe(false)
    expect(isJsonValue(new Map())).toBe(false)
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    expect(isJsonValue(cycle)).toBe(false)
  })

  it('lets at most 100 messages a second through', () => {
    let now = 0
    const allow = createRateLimiter(100, () => now)
    const passed = Array.from({ length: 150 }, () => allow()).filter(Boolean).length
    expect(passed).toBe(100)
    now = 1000
    expect(allow()).toBe(true)
  })

  it('clamps the reported height to 100–4000 px', () => {
    expect([clampHeight(10), clampHeight(480.4), clampHeight(99_999)]).toEqual([100, 480, 4000])
  })
})
