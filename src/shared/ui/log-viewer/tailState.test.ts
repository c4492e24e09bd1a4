import { initialTail, tailReducer, type TailAction, type TailState } from './tailState'

const run = (state: TailState, ...actions: TailAction[]) => actions.reduce(tailReducer, state)
const scrolledUp = (distanceFromEnd = 400): TailAction => ({
  type: 'scrolled',
  scrollTop: 600,
  previousScrollTop: 1000,
  distanceFromEnd,
})

describe('log tail state', () => {
  it('starts pinned and asks to show the end of a log that already has lines', () => {
    expect(initialTail(40)).toMatchObject({ pinned: true, unseen: 0 })
    expect(initialTail(40).scrollRequest).not.toBe(initialTail(0).scrollRequest)
  })

  it('follows new lines while pinned: every arrival asks to scroll to the end, nothing counts as unseen', () => {
    const start = initialTail(10)
    const next = run(start, { type: 'linesChanged', count: 15 })
    expect(next).toMatchObject({ pinned: true, unseen: 0, seenCount: 15 })
    expect(next.scrollRequest).toBeGreaterThan(start.scrollRequest)
    const again = run(next, { type: 'linesChanged', count: 30 })
    expect(again.scrollRequest).toBeGreaterThan(next.scrollRequest)
  })

  it('does nothing when the count did not change (a poll with no new line)', () => {
    const start = initialTail(10)
    expect(run(start, { type: 'linesChanged', count: 10 })).toBe(start)
  })

  it('unpins when the user scrolls up, keeps the position and counts the lines that arrive below', () => {
    const unpinned = run(initialTail(100), scrolledUp())
    expect(unpinned.pinned).toBe(false)
    const later = run(unpinned, { type: 'linesChanged', count: 104 }, { type: 'linesChanged', count: 110 })
    expect(later).toMatchObject({ pinned: false, unseen: 10 })
    // No scroll request: the reader stays where they are.
    expect(later.scrollRequest).toBe(unpinned.scrollRequest)
  })

  it('does not unpin when content grows under a pinned view without the user scrolling up', () => {
    const start = initialTail(100)
    const grown = run(start, { type: 'scrolled', scrollTop: 1000, previousScrollTop: 1000, distanceFromEnd: 200 })
    expect(grown.pinned).toBe(true)
  })

  it('re-pins on "Jump to latest" and forgets the unseen count', () => {
    const away = run(initialTail(100), scrolledUp(), { type: 'linesChanged', count: 120 })
    const back = run(away, { type: 'jumpedToEnd' })
    expect(back).toMatchObject({ pinned: true, unseen: 0 })
    expect(back.scrollRequest).toBeGreaterThan(away.scrollRequest)
    expect(run(back, { type: 'linesChanged', count: 125 }).scrollRequest).toBeGreaterThan(back.scrollRequest)
  })

  it('re-pins when the user scrolls back to the end themselves (End key, wheel)', () => {
    const away = run(initialTail(100), scrolledUp(), { type: 'linesChanged', count: 120 })
    const atEnd = run(away, { type: 'scrolled', scrollTop: 2000, previousScrollTop: 1500, distanceFromEnd: 3 })
    expect(atEnd).toMatchObject({ pinned: true, unseen: 0 })
  })

  it('on a filter change shows the newest match when pinned, and stays put without "new" lines when not', () => {
    const pinned = initialTail(100)
    const filtered = run(pinned, { type: 'filterChanged', count: 7 })
    expect(filtered).toMatchObject({ pinned: true, seenCount: 7, unseen: 0 })
    expect(filtered.scrollRequest).toBeGreaterThan(pinned.scrollRequest)

    const away = run(initialTail(100), scrolledUp(), { type: 'linesChanged', count: 130 })
    const narrowed = run(away, { type: 'filterChanged', count: 12 })
    expect(narrowed).toMatchObject({ pinned: false, seenCount: 12, unseen: 0 })
    expect(narrowed.scrollRequest).toBe(away.scrollRequest)
    // New matching lines after the filter change count again.
    expect(run(narrowed, { type: 'linesChanged', count: 14 }).unseen).toBe(2)
  })
})
