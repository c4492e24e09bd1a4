/**
 * Whether a log view follows the end of a growing log (issue 4: "tails while running and stays pinned to the bottom
 * unless the user scrolls up"). Pure: the viewer dispatches what happened and scrolls to the end whenever
 * `scrollRequest` changes, so every rule here is unit-tested without a browser.
 */
export type TailState = {
  /** Following the end: new lines scroll into view. */
  pinned: boolean
  /** Line count (of the lines shown, after the filter) the view has accounted for. */
  seenCount: number
  /** Lines that arrived below the view while it was not pinned. */
  unseen: number
  /** Changes whenever the view should scroll to the last line. */
  scrollRequest: number
}

export type TailAction =
  | { type: 'linesChanged'; count: number }
  | { type: 'filterChanged'; count: number }
  | { type: 'scrolled'; scrollTop: number; previousScrollTop: number; distanceFromEnd: number }
  | { type: 'jumpedToEnd' }

/** How close (px) to the end still counts as "at the end": a line's height, so sub-pixel rounding never unpins. */
export const END_SLACK_PX = 24

/** A view starts pinned: a log is opened to see its latest lines. */
export function initialTail(count = 0): TailState {
  return { pinned: true, seenCount: count, unseen: 0, scrollRequest: count > 0 ? 1 : 0 }
}

export function tailReducer(state: TailState, action: TailAction): TailState {
  switch (action.type) {
    case 'linesChanged': {
      if (action.count === state.seenCount) return state
      if (state.pinned) return { ...state, seenCount: action.count, scrollRequest: state.scrollRequest + 1 }
      // Unpinned: the user's place is kept; only the count below grows.
      const arrived = Math.max(0, action.count - state.seenCount)
      return { ...state, seenCount: action.count, unseen: state.unseen + arrived }
    }
    case 'filterChanged':
      // Other lines are shown now: nothing of them is "new". A pinned view shows the newest match.
      return {
        ...state,
        seenCount: action.count,
        unseen: 0,
        scrollRequest: state.pinned ? state.scrollRequest + 1 : state.scrollRequest,
      }
    case 'scrolled': {
      if (action.distanceFromEnd <= END_SLACK_PX)
        return state.pinned && state.unseen === 0 ? state : { ...state, pinned: true, unseen: 0 }
      // Only a move towards the start unpins: content growing under a pinned view is not the user leaving.
      if (action.scrollTop < action.previousScrollTop && state.pinned) return { ...state, pinned: false }
      return state
    }
    case 'jumpedToEnd':
      return { ...state, pinned: true, unseen: 0, scrollRequest: state.scrollRequest + 1 }
  }
}
