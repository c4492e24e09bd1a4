import { act, renderHook } from '@testing-library/react'
import { useDebouncedValue } from './useDebouncedValue'

describe('useDebouncedValue', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('lets the first change after a pause through at once and collapses a burst into its last value', () => {
    const { result, rerender } = renderHook(({ value }) => useDebouncedValue(value, 200), { initialProps: { value: '' } })
    act(() => void vi.advanceTimersByTime(1000))
    rerender({ value: 'a' })
    act(() => void vi.advanceTimersByTime(0))
    expect(result.current).toBe('a')
    rerender({ value: 'ab' })
    act(() => void vi.advanceTimersByTime(50))
    rerender({ value: 'abc' })
    act(() => void vi.advanceTimersByTime(150))
    expect(result.current).toBe('a')
    act(() => void vi.advanceTimersByTime(60))
    expect(result.current).toBe('abc')
  })
})
