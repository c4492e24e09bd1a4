import type { WorkflowRunPage, WorkflowRunSummary } from '@/shared/contract/workflows'
import { exportRuns, type ExportCheckpoint, type RunPageFetcher } from './exportRuns'

const run = (id: string): WorkflowRunSummary => ({
  id,
  workflowId: 'wf-1',
  status: 'SUCCEEDED',
  startedAt: '2025-01-02T03:04:05.000Z',
  triggeredBy: { userId: 'usr-0004', name: 'Ana' },
  creditsAct: 1,
  stepCounts: { completed: 1, failed: 0, running: 0, pending: 0, cancelled: 0, skipped: 0 },
  executionArn: 'arn',
  region: 'eu-central-1',
  tags: [],
})
const runs = (from: number, count: number) => Array.from({ length: count }, (_, i) => run(`run-${from + i}`))

/** Three pages of 2 + 2 + 1 runs, cursors "c2" and "c3", the total known. */
const PAGES: Record<string, WorkflowRunPage> = {
  first: { items: runs(0, 2), nextCursor: 'c2', total: 5, hasMore: true },
  c2: { items: runs(2, 2), nextCursor: 'c3', total: 5, hasMore: true },
  c3: { items: runs(4, 1), nextCursor: null, total: 5, hasMore: false },
}
const fromPages: RunPageFetcher = async (cursor) => PAGES[cursor ?? 'first']!

describe('exportRuns', () => {
  it('walks every page until nextCursor is null and reports progress', async () => {
    const progress: [number, number | undefined, boolean][] = []
    const rows = await exportRuns({
      fetchPage: fromPages,
      signal: new AbortController().signal,
      onProgress: ({ rows, total, done }) => progress.push([rows.length, total, done]),
    })
    expect(rows.map((run) => run.id)).toEqual(['run-0', 'run-1', 'run-2', 'run-3', 'run-4'])
    expect(progress).toEqual([
      [2, 5, false],
      [4, 5, false],
      [5, 5, true],
    ])
  })

  it('stops when aborted and fetches no further page', async () => {
    const controller = new AbortController()
    const fetchPage = vi.fn<RunPageFetcher>(async (cursor) => {
      if (cursor === 'c2') controller.abort()
      return PAGES[cursor ?? 'first']!
    })
    await expect(exportRuns({ fetchPage, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' })
    expect(fetchPage).toHaveBeenCalledTimes(2)
    expect(fetchPage.mock.calls[1]![1].aborted).toBe(true)
  })

  it('rejects on a failing page and resumes from it with the last checkpoint', async () => {
    let last: ExportCheckpoint | undefined
    let failOnce = true
    const fetchPage = vi.fn<RunPageFetcher>(async (cursor) => {
      if (cursor === 'c3' && failOnce) {
        failOnce = false
        throw new Error('503')
      }
      return PAGES[cursor ?? 'first']!
    })
    const signal = new AbortController().signal
    await expect(exportRuns({ fetchPage, signal, onProgress: (c) => (last = c) })).rejects.toThrow('503')
    expect(last).toMatchObject({ cursor: 'c3', total: 5, done: false })
    const rows = await exportRuns({ fetchPage, signal, from: last })
    expect(rows).toHaveLength(5)
    expect(fetchPage.mock.calls.map(([cursor]) => cursor)).toEqual([undefined, 'c2', 'c3', 'c3'])
  })

  it('refuses a server that repeats a cursor instead of looping', async () => {
    const loop: RunPageFetcher = async () => ({ items: runs(0, 1), nextCursor: 'same', hasMore: true })
    await expect(
      exportRuns({
        fetchPage: loop,
        signal: new AbortController().signal,
        from: { rows: [], cursor: 'same', total: undefined, done: false },
      }),
    ).rejects.toThrow(/repeated/)
  })
})
