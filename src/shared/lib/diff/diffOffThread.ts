import { diffLines, type LineDiff } from './lineDiff'
import type { LineDiffRequest } from './lineDiff.worker'

type Pending = { resolve: (diff: LineDiff) => void; left: readonly string[]; right: readonly string[] }

let worker: Worker | undefined
/** Set when the worker could not start or failed: every diff from then on runs in place. */
let workerFailed = false
let nextId = 0
const pending = new Map<number, Pending>()

/** A worker that fails (its chunk not loaded, a policy refusing it) must not leave a diff waiting forever. */
function finishInPlace() {
  workerFailed = true
  worker?.terminate()
  worker = undefined
  for (const { resolve, left, right } of pending.values()) resolve(diffLines(left, right))
  pending.clear()
}

function diffWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./lineDiff.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = ({ data }: MessageEvent<{ id: number; diff: LineDiff }>) => {
      pending.get(data.id)?.resolve(data.diff)
      pending.delete(data.id)
    }
    worker.onerror = finishInPlace
    worker.onmessageerror = finishInPlace
  }
  return worker
}

/**
 * `diffLines` in a worker, so a long diff never blocks input. Where there are no workers (unit tests in jsdom), or the
 * worker failed, it runs in place.
 */
export function diffLinesOffThread(left: readonly string[], right: readonly string[]): Promise<LineDiff> {
  if (typeof Worker === 'undefined' || workerFailed) return Promise.resolve(diffLines(left, right))
  const id = nextId++
  return new Promise((resolve) => {
    pending.set(id, { resolve, left, right })
    try {
      diffWorker().postMessage({ id, left: [...left], right: [...right] } satisfies LineDiffRequest)
    } catch {
      finishInPlace()
    }
  })
}
