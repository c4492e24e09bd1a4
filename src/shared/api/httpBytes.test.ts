import { http as mock, HttpResponse } from 'msw'
import { server } from '../../../mocks/node'
import { failureOf, signedInWithRecordedSleeps } from '@/test/httpTesting'
import { httpBytes } from './httpBytes'

const sleeps = signedInWithRecordedSleeps()
const bytesOf = (length: number) => new Uint8Array(Array.from({ length }, (_, i) => i % 251))

describe('httpBytes', () => {
  it('asks for a range with the console’s headers and reads the partial answer', async () => {
    let seen: Headers | undefined
    server.use(
      mock.get('/api/file', ({ request }) => {
        seen = request.headers
        return HttpResponse.arrayBuffer(bytesOf(10).buffer, {
          status: 206,
          headers: { 'Content-Type': 'text/plain', 'Content-Range': 'bytes 0-9/5000' },
        })
      }),
    )
    const answer = await httpBytes('/file', { range: { start: 0, end: 9 } })
    expect(seen?.get('Range')).toBe('bytes=0-9')
    expect(seen?.get('Authorization')).toBe('Bearer access-1')
    expect(seen?.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(answer).toMatchObject({ status: 206, contentType: 'text/plain' })
    expect(answer.bytes).toEqual(bytesOf(10))
    expect(answer.headers.get('Content-Range')).toBe('bytes 0-9/5000')
  })

  it('reads no more than asked from a server that ignores the range', async () => {
    server.use(mock.get('/api/file', () => HttpResponse.arrayBuffer(bytesOf(100_000).buffer, { status: 200 })))
    const answer = await httpBytes('/file', { range: { start: 0, end: 999 }, maxBytes: 1000 })
    expect(answer.bytes).toEqual(bytesOf(1000))
  })

  it('reads an error answer’s envelope, retries a 503 like any GET, and answers 416 with no bytes', async () => {
    let calls = 0
    server.use(
      mock.get('/api/flaky', () =>
        ++calls === 1
          ? HttpResponse.json({ error: { code: 'INTERNAL', message: 'Busy.' } }, { status: 503 })
          : HttpResponse.arrayBuffer(bytesOf(3).buffer),
      ),
      mock.get('/api/secret', () =>
        HttpResponse.json({ error: { code: 'NOT_FOUND', message: 'No such artifact.', requestId: 'req-404' } }, { status: 404 }),
      ),
      mock.get('/api/empty', () => new HttpResponse(null, { status: 416, headers: { 'Content-Range': 'bytes */0' } })),
    )
    expect((await httpBytes('/flaky')).bytes).toEqual(bytesOf(3))
    expect(sleeps).toHaveLength(1)
    const error = await failureOf(httpBytes('/secret'))
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND', message: 'No such artifact.', requestId: 'req-404' })
    expect((await httpBytes('/empty', { range: { start: 0, end: 9 } })).bytes).toHaveLength(0)
  })
})
