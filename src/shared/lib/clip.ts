/**
 * Long values on screen (issue 12): a name, a description or a log line may be 100,000 characters long, and laying out
 * that much text — dozens of times on one page — blocks the main thread for seconds. What is rendered is cut; the whole
 * value stays one action away (`LongText`: show more, copy, download).
 */

/** How much of a value each kind of place shows before cutting it. */
export const DISPLAY_LIMIT = {
  /**
   * Names, e-mail addresses, hosts, ids in labels, table cells: far past any real name, short enough that a page of them
   * lays out at once (and long enough to show a hostile name whole, e.g. the `xss` scenario's corpus).
   */
  name: 1_000,
  /** Descriptions, messages, reasons: a few paragraphs. */
  prose: 2_000,
  /** A log line. */
  line: 2_000,
  /** What "Show more" reveals at most; beyond it, copy or download. */
  expanded: 20_000,
} as const

/** The first `max` characters and an ellipsis when the value is longer: for labels, titles and link texts. */
export function clipText(value: string, max: number = DISPLAY_LIMIT.name): string {
  return value.length <= max ? value : `${value.slice(0, max)}…`
}
