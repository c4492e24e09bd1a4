import { ModuleError } from './moduleError'

/** The lifecycle limits of module-ui-contract §7, in milliseconds. */
export const LIMITS = {
  frameLoadMs: 15_000,
  handshakeMs: 5_000,
  fetchVerifyMs: 15_000,
  mountMs: 3_000,
  unmountMs: 3_000,
  /** Liveness (docs/decisions/008): a ping every 5 s; a frame silent for 30 s has died (crashed, or its port closed). */
  heartbeatMs: 5_000,
  frameSilenceMs: 30_000,
} as const

export type Stage = 'frame load' | 'handshake' | 'fetch and verify' | 'mount'

/** Rejects with `MODULE_LOAD_TIMEOUT` naming the stage when `work` has not settled within `ms`. */
export function withStageTimeout<T>(work: Promise<T>, ms: number, stage: Stage): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(stageTimeout(stage, ms)), ms)
  })
  return Promise.race([work, expiry]).finally(() => clearTimeout(timer))
}

export const stageTimeout = (stage: Stage, ms: number) =>
  new ModuleError('MODULE_LOAD_TIMEOUT', `The ${stage} stage did not finish within ${ms / 1000} s.`)

/** Bridge limits (§4). */
export const MAX_FRAME_MESSAGE_BYTES = 256 * 1024
export const MAX_HOST_REPLY_BYTES = 8 * 1024 * 1024
export const MAX_MESSAGES_PER_SECOND = 100
export const MIN_FRAME_HEIGHT = 100
export const MAX_FRAME_HEIGHT = 4000
export const clampHeight = (height: number) => Math.min(MAX_FRAME_HEIGHT, Math.max(MIN_FRAME_HEIGHT, Math.round(height)))
