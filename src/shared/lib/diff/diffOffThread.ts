import { diffLines, type LineDiff } from './lineDiff'
import type { LineDiffRequest } from './lineDiff.worker'

let worker: Worker | undefined
let nextId = 0
const pending = new Map<number, (diff: LineDiff) => void>()

function diffWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./lineDiff.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = ({ data }: MessageEvent<{ id: number; diff: LineDiff }>) => {
      pending.get(data.id)?.(data.diff)
      pending.delete(data.id)
    }
  }
  return worker
}

/**
 * `diffLines` in a worker, so a long diff never blocks input. Where there are no workers (unit tests in jsdom) it
 * runs in place.
 */
export function diffLinesOffThread(left: readonly string[], right: readonly string[]): Promise<LineDiff> {
  if (typeof Worker === 'undefined') return Promise.resolve(diffLines(left, right))
  const id = nextId++
  return new Promise((resolve) => {
    pending.set(id, resolve)
    diffWorker().postMessage({ id, left: [...left], right: [...right] } satisfies LineDiffRequest)
  })
}
