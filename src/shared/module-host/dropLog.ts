import type { HostLogEntry } from './types'

/**
 * The host's record of the frame messages it drops (§4: "dropped and logged"). A flood must not flood the log too:
 * the first five drops in full, then at most one a second, each with the count so far.
 */
export function createDropLog(log: (entry: Omit<HostLogEntry, 'at'>) => void, now: () => number = () => performance.now()) {
  let count = 0
  let lastLogged = 0
  return (type: string, size: number, reason: string): void => {
    count += 1
    const t = now()
    if (count <= 5 || t - lastLogged > 1000) {
      lastLogged = t
      log({ kind: 'dropped', name: type, size, detail: `${reason} (${count} dropped so far)` })
    }
  }
}
