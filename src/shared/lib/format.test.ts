import { formatBytes, formatStatus } from './format'

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [950, '950 B'],
    [1023, '1,023 B'],
    [1024, '1 KiB'],
    [12_697, '12.4 KiB'],
    [3 * 1024 ** 2, '3 MiB'],
    [1.5 * 1024 ** 3, '1.5 GiB'],
    [2 * 1024 ** 5, '2,048 TiB'],
  ])('writes %d bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })
})

describe('formatStatus', () => {
  it('writes a status as words, and cuts an unknown one a server made 100,000 characters long', () => {
    expect(formatStatus('TIMED_OUT')).toBe('timed out')
    expect(formatStatus('X'.repeat(100_000))).toBe(`${'x'.repeat(40)}…`)
  })
})
