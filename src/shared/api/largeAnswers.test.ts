import { http as mock, HttpResponse } from 'msw'
import { server } from '../../../mocks/node'
import { z } from '@/shared/contract/zod'
import { signedInWithRecordedSleeps } from '@/test/httpTesting'
import { http } from './http'

signedInWithRecordedSleeps()

/** Notes every task that runs (a message posted again and again) in `log`, until stopped. */
function noteTasks(log: string[]): () => void {
  const channel = new MessageChannel()
  let running = true
  channel.port1.onmessage = () => {
    log.push('task')
    if (running) channel.port2.postMessage(null)
  }
  channel.port2.postMessage(null)
  return () => {
    running = false
    channel.port1.close()
  }
}

/** Calls `/big` answering `text` and notes, in order, the answer's JSON parse, its schema check and the tasks between. */
async function parseAndCheckOf(text: string): Promise<string[]> {
  server.use(mock.get('/api/big', () => HttpResponse.json({ marker: true, text })))
  const log: string[] = []
  const parse = JSON.parse
  vi.spyOn(JSON, 'parse').mockImplementation((source: string, reviver) => {
    if (typeof source === 'string' && source.startsWith('{"marker"')) log.push('parse')
    return parse(source, reviver)
  })
  const Big = z.object({
    marker: z.boolean(),
    text: z.string().check(z.refine(() => (log.push('check'), true))),
  })
  const stop = noteTasks(log)
  try {
    const answer = await http('/big', Big)
    expect(answer.text).toHaveLength(text.length)
  } finally {
    stop()
    vi.restoreAllMocks()
  }
  return log.slice(log.indexOf('parse'), log.indexOf('check') + 1)
}

describe('answers of any size', () => {
  it('reads text in any script intact', async () => {
    const name = 'μ-peptide · Ωmega ✓ 🧬 Ärger'
    server.use(mock.get('/api/name', () => HttpResponse.json({ name })))
    await expect(http('/name', z.object({ name: z.string() }))).resolves.toEqual({ name })
  })

  it('leaves the page free to answer between parsing a multi-megabyte answer and checking it (issue 12)', async () => {
    const between = await parseAndCheckOf('x'.repeat(1_500_000))
    expect(between[0]).toBe('parse')
    expect(between.at(-1)).toBe('check')
    expect(between).toContain('task')
  })

  it('parses and checks an ordinary answer in one go, with no wait added', async () => {
    expect(await parseAndCheckOf('a short value')).toEqual(['parse', 'check'])
  })
})
