import type { z } from '../../src/shared/contract/zod'
import type { LogPage } from '../../src/shared/contract/logs'
import type { LogLine } from '../fixtures/logs'
import { iso } from '../runtime/clock'
import { badQuery } from './orgPaging'

type LogPageBody = z.input<typeof LogPage>

/**
 * One LogPage of a run's visible log (api-contract §6). `order=asc` (default) tails: the token is the offset of the
 * next unread line, and a stream that may still grow always returns a token, even with no new lines; `null` only
 * once the run is finished and every line was read. `order=desc` pages from the newest line backwards and ends
 * (`null`) at the oldest one. Tokens are opaque: base64 of `<order>:<offset>`.
 */
export function logPage(url: URL, lines: readonly LogLine[], finished: boolean): LogPageBody {
  const order = url.searchParams.get('order') ?? 'asc'
  if (order !== 'asc' && order !== 'desc') throw badQuery('order', 'Use asc or desc.')
  const limitText = url.searchParams.get('limit')
  let limit = 100
  if (limitText) {
    const parsed = Number(limitText)
    if (!Number.isInteger(parsed) || parsed < 1) throw badQuery('limit', 'The limit must be a whole number of at least 1.')
    limit = Math.min(parsed, 1000)
  }
  const token = url.searchParams.get('nextToken')
  let offset = order === 'asc' ? 0 : lines.length
  if (token) {
    const match = /^(asc|desc):(\d+)$/.exec(safeDecode(token))
    if (!match || match[1] !== order) throw badQuery('nextToken', 'The token is not valid for this log; start again without it.')
    offset = Math.min(Number(match[2]), lines.length)
  }
  const toEvent = (line: LogLine) => ({ timestamp: iso(line.atMs), message: line.message, level: line.level })
  if (order === 'asc') {
    const end = Math.min(lines.length, offset + limit)
    const nextToken = end < lines.length || !finished ? encode(`asc:${end}`) : null
    return { events: lines.slice(offset, end).map(toEvent), nextToken }
  }
  const start = Math.max(0, offset - limit)
  return { events: lines.slice(start, offset).reverse().map(toEvent), nextToken: start > 0 ? encode(`desc:${start}`) : null }
}

const encode = (text: string) => btoa(text)

function safeDecode(token: string): string {
  try {
    return atob(token)
  } catch {
    return ''
  }
}

/** The lines visible at `until` (the demo clock, or the moment a run was cancelled). */
export function visibleLines(lines: readonly LogLine[], until: number): LogLine[] {
  return lines.filter((line) => line.atMs <= until)
}
