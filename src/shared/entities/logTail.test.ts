import { http as mock, HttpResponse } from 'msw'
import { server } from '../../../mocks/node'
import { signedInWithRecordedSleeps } from '@/test/httpTesting'
import { logPollInterval, LOG_POLL_MS, MAX_LOG_LINES, readLogTail } from './logTail'

signedInWithRecordedSleeps()

/** A log endpoint writing `total` lines, `limit` a page; `open` = the source may still add lines (a token at the end). */
function serveLog(total: () => number, open: boolean) {
  server.use(
    mock.get('/api/logs', ({ request }) => {
      const query = new URL(request.url).searchParams
      const from = Number(query.get('nextToken') || 0)
      const to = Math.min(from + Number(query.get('limit')), total())
      return HttpResponse.json({
        events: Array.from({ length: to - from }, (_, i) => ({
          timestamp: '2026-01-14T10:00:00.000Z',
          message: `line ${from + i + 1}`,
        })),
        nextToken: to < total() || open ? String(to) : null,
      })
    }),
  )
}

const signal = new AbortController().signal

describe('readLogTail', () => {
  it('keeps the newest 10,000 lines of a long log and counts the older ones it dropped', async () => {
    serveLog(() => 12_500, false)
    let tail = await readLogTail('/logs', undefined, signal)
    while (!tail.caughtUp) tail = await readLogTail('/logs', tail, signal)
    expect(tail.events).toHaveLength(MAX_LOG_LINES)
    expect(tail.dropped).toBe(2_500)
    expect(tail.events[0]?.message).toBe('line 2501')
    expect(tail.nextToken).toBeNull()
  })

  it('reads on from its token while the source writes, and is polled only while the source is active', async () => {
    let written = 3
    serveLog(() => written, true)
    const first = await readLogTail('/logs', undefined, signal)
    expect(first.events.map((event) => event.message)).toEqual(['line 1', 'line 2', 'line 3'])
    expect(logPollInterval(first, true)).toBe(LOG_POLL_MS)
    expect(logPollInterval(first, false)).toBe(false)

    expect(await readLogTail('/logs', first, signal)).toBe(first) // nothing new: the same object, no re-render
    written = 4
    const second = await readLogTail('/logs', first, signal)
    expect(second.events.map((event) => event.message)).toEqual(['line 1', 'line 2', 'line 3', 'line 4'])
  })
})
