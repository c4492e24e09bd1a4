import { LIMITS } from './limits'

/**
 * Liveness of a frame once it is up (docs/decisions/008): browsers fire no event when a frame's renderer dies or its
 * port closes, so the host sends a `ping` every 5 s and calls `onSilent` once 30 s of pings went unanswered. Counted in
 * beats, not read from a clock; a busy frame still answers within that, and while it loads §7's stage limits come first.
 */
export class Heartbeat {
  private sent = 0
  private answered = 0
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly ping: (id: number) => void,
    private readonly onSilent: () => void,
  ) {}

  start(): void {
    this.timer = setTimeout(this.tick, LIMITS.heartbeatMs)
  }

  /** Pings are answered in order: the answer to ping n answers every earlier one. */
  answer(id: number): void {
    this.answered = Math.max(this.answered, Math.min(id, this.sent))
  }

  stop(): void {
    clearTimeout(this.timer)
  }

  private tick = () => {
    if ((this.sent - this.answered) * LIMITS.heartbeatMs >= LIMITS.frameSilenceMs) return this.onSilent()
    this.sent += 1
    this.ping(this.sent)
    this.timer = setTimeout(this.tick, LIMITS.heartbeatMs)
  }
}
