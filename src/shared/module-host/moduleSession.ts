import { z } from '@/shared/contract/zod'
import { http, newIdempotencyKey } from '@/shared/api/http'
import { isApiError } from '@/shared/api/ApiError'
import { ModuleRun } from '@/shared/contract/moduleRuns'
import { apiPaths } from '@/shared/contract/paths'
import { LOG_POLL_MS, readLogPage } from '@/shared/entities/moduleRunLogs'
import { fetchModuleRun, isActiveRun, startModuleRun } from '@/shared/entities/moduleRuns'
import { sessionSnapshot } from '@/shared/stores/sessionStore'
import { admitsHostFetch, answerHostFetch, type HostFetchScope } from './hostFetch'
import type { HostFetchResponse } from './hostFetchResponse'
import { EMIT_NAME, isJsonValue } from './protocol'
import type { HostLogEntry, MountedModule, ResultEnvelope } from './types'

const POLL_DELAYS_MS = [1000, 2000, 3000, 5000]
const MAX_IN_FLIGHT = 4
/** How long onExecute follows a run before it answers with an error envelope. */
const WAIT_LIMIT_MS = 30 * 60_000

export type SessionOptions = {
  module: MountedModule
  runId: string
  /** False while `runId` names no run yet (the launch page, the harness's made-up id): nothing is polled for it. */
  followsRun?: boolean
  /** UI-only runs are completed by the UI (`onComplete`); other runs only record the call (§2). See `isUiOnlyRun`. */
  uiOnlyRun: boolean
  /** After the host has ended the run (completed or failed it): the page's view of the run is stale. */
  onRunEnded?: (runId: string) => void
  log: (entry: Omit<HostLogEntry, 'at'>) => void
  /** `onError` of the module: the host shows it above the module. */
  showNotice: (notice: { code?: string; message: string }) => void
  /** The developer harness's mock mode: answers onExecute without creating a run. */
  executeOverride?: (params: Record<string, unknown>) => Promise<ResultEnvelope>
}

type Handler = (payload: unknown) => void

const errorEnvelope = (type: string, message: string, details?: unknown): ResultEnvelope => ({
  status: 'error',
  error: { type, message, details },
  metadata: {},
})

/**
 * The host side of one mounted module UI, whatever the transport: the props' behaviour (§2) and the scoped host fetch
 * (§5). The iframe bridge and the in-realm mount both call into it. `dispose()` ends every wait, poll and subscription.
 */
export class ModuleSession {
  private readonly knownRuns = new Set<string>()
  private readonly handlers = new Map<string, Set<Handler>>()
  private readonly timers = new Set<ReturnType<typeof setTimeout>>()
  private readonly watchers = new Map<
    string,
    { status?: string; nextToken?: string | null; waiters: ((run: ModuleRun) => void)[] }
  >()
  private readonly pending = new Set<(reason: Error) => void>()
  private inFlight = 0
  private completed = false
  private disposed = false
  private uiOnlyRun: boolean

  constructor(private readonly options: SessionOptions) {
    this.knownRuns.add(options.runId)
    this.uiOnlyRun = options.uiOnlyRun
  }

  /** The run's UI-only status as the page reads it now: it changes (the run ends) while the module stays mounted. */
  setUiOnlyRun(uiOnlyRun: boolean): void {
    this.uiOnlyRun = uiOnlyRun
  }

  /** `onExecute` / `onSubmit`: a new run of the mounted module, followed to its end; resolves the result envelope. */
  async execute(params: unknown): Promise<ResultEnvelope> {
    if (this.inFlight >= MAX_IN_FLIGHT)
      return errorEnvelope('RATE_LIMITED', `At most ${MAX_IN_FLIGHT} runs at a time from one interface.`)
    if (!params || typeof params !== 'object' || Array.isArray(params) || !isJsonValue(params))
      return errorEnvelope('validation', 'onExecute takes a JSON object of parameters.')
    const parameters = params as Record<string, unknown>
    this.inFlight += 1
    try {
      if (this.options.executeOverride) return await this.options.executeOverride(parameters)
      const { id: moduleId, version } = this.options.module
      let run: ModuleRun
      try {
        // One key per call, reused by http() on every automatic retry of this same call.
        run = await startModuleRun({ moduleId, version, parameters, mode: 'interactive' }, newIdempotencyKey())
      } catch (error) {
        if (isApiError(error)) return errorEnvelope(error.code, error.message, error.details)
        throw error
      }
      this.knownRuns.add(run.runId)
      this.options.log({ kind: 'lifecycle', name: 'run created', detail: { runId: run.runId } })
      const finished = await this.untilTerminal(run)
      if (!finished) return errorEnvelope('WAIT_LIMIT', 'The run did not finish within the wait limit.', { runId: run.runId })
      return await this.resultOf(finished)
    } finally {
      this.inFlight -= 1
    }
  }

  /** `onComplete`: completes a UI-only run once; later calls and other runs are only recorded. */
  async complete(result: unknown): Promise<void> {
    if (!this.uiOnlyRun || this.completed) {
      this.options.log({ kind: 'lifecycle', name: 'onComplete recorded', detail: result })
      return
    }
    this.completed = true
    const summary = (result as { summary?: unknown } | undefined)?.summary
    await this.postCompletion({ status: 'completed', ...(isPlainObject(summary) ? { summary } : {}) })
  }

  /** `onError`: shown above the module and logged; a UI-only run that has not ended is marked failed. */
  async reportError(raw: unknown): Promise<void> {
    const error = raw as { code?: unknown; message?: unknown } | undefined
    const message = typeof error?.message === 'string' ? error.message.slice(0, 2000) : 'The module reported an error.'
    const code = typeof error?.code === 'string' ? error.code.slice(0, 64) : undefined
    this.options.showNotice({ code, message })
    if (this.uiOnlyRun && !this.completed) {
      this.completed = true
      await this.postCompletion({ status: 'failed', error: { message } })
    }
  }

  /** `emit`: recorded with a timestamp (visible in the harness log), nothing else. */
  emit(name: unknown, payload: unknown): void {
    if (typeof name !== 'string' || !EMIT_NAME.test(name)) {
      this.options.log({ kind: 'dropped', name: 'emit', detail: 'event names are 1–64 characters of [A-Za-z0-9._:-]' })
      return
    }
    this.options.log({ kind: 'emit', name, detail: payload })
  }

  hostFetch(args: unknown[]): Promise<HostFetchResponse> {
    return answerHostFetch(args, this.scope(), (runId) => this.adopt(runId))
  }

  /** A run this UI started through `hostFetch`: in its scope from now on, and followed for `run.status`/`run.log` (§2). */
  private adopt(runId: string) {
    this.knownRuns.add(runId)
    if (this.handlers.get('run.status')?.size || this.handlers.get('run.log')?.size) this.watch(runId)
  }

  /** Whether this module's allow-list admits a `hostFetch` call (§5), without sending it. */
  allowsHostFetch(args: unknown[]): boolean {
    return admitsHostFetch(args, this.scope())
  }

  private scope(): HostFetchScope {
    return {
      moduleId: this.options.module.id,
      version: this.options.module.version,
      isKnownRun: (runId: string) => this.knownRuns.has(runId),
      dataAccess: this.options.module.dataAccess ?? [],
    }
  }

  /** Registers a handler; `run.status` and `run.log` start following the mounted run. Returns an idempotent unsubscribe. */
  subscribe(event: string, handler: Handler): () => void {
    const set = this.handlers.get(event) ?? new Set<Handler>()
    set.add(handler)
    this.handlers.set(event, set)
    if ((event === 'run.status' || event === 'run.log') && this.options.followsRun !== false) this.watch(this.options.runId)
    return () => void set.delete(handler)
  }

  /** Delivers a host event to its subscribers (theme changes come from the host component). */
  deliver(event: string, payload: unknown): void {
    for (const handler of [...(this.handlers.get(event) ?? [])]) {
      try {
        handler(payload)
      } catch {
        // A module's handler that throws must not stop the host's delivery to others.
      }
    }
  }

  dispose(): void {
    this.disposed = true
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    this.handlers.clear()
    this.watchers.clear()
    for (const reject of this.pending) reject(new Error('The module interface was closed.'))
    this.pending.clear()
  }

  private untilTerminal(run: ModuleRun): Promise<ModuleRun | null> {
    if (!isActiveRun(String(run.status))) return Promise.resolve(run)
    return new Promise<ModuleRun | null>((resolve, reject) => {
      const limit = setTimeout(() => done(null), WAIT_LIMIT_MS)
      this.timers.add(limit)
      const done = (value: ModuleRun | null) => {
        clearTimeout(limit)
        this.pending.delete(reject)
        resolve(value)
      }
      this.pending.add(reject)
      this.watch(run.runId, String(run.status)).waiters.push(done)
    })
  }

  private async resultOf(run: ModuleRun): Promise<ResultEnvelope> {
    try {
      const envelope = await http(apiPaths.moduleRunResult(run.runId), z.unknown())
      if (isPlainObject(envelope) && (envelope.status === 'success' || envelope.status === 'error'))
        return envelope as ResultEnvelope
      return errorEnvelope('INVALID_RESPONSE', 'The run’s result is not a result envelope.')
    } catch (error) {
      if (!isApiError(error)) throw error
      const runError = run.error
      return errorEnvelope(runError?.code ?? error.code, runError?.message ?? error.message, {
        runId: run.runId,
        status: run.status,
      })
    }
  }

  /** Follows a run: status with 1 s → 5 s backoff (2 s while someone reads its log), log lines in order. */
  private watch(runId: string, knownStatus?: string) {
    const existing = this.watchers.get(runId)
    if (existing) return existing
    const watcher = {
      status: knownStatus,
      nextToken: undefined as string | null | undefined,
      waiters: [] as ((run: ModuleRun) => void)[],
    }
    this.watchers.set(runId, watcher)
    let attempt = 0
    const tick = async () => {
      if (this.disposed || this.watchers.get(runId) !== watcher) return
      let terminal = false
      try {
        const run = await fetchModuleRun(runId)
        if (this.disposed) return
        const status = String(run.status)
        if (status !== watcher.status) {
          watcher.status = status
          this.deliver('run.status', { runId, status, at: new Date().toISOString() })
        }
        if (this.handlers.get('run.log')?.size && watcher.nextToken !== null) await this.readLog(runId, watcher)
        terminal = !isActiveRun(status)
        if (terminal) for (const waiter of watcher.waiters.splice(0)) waiter(run)
      } catch (error) {
        // A run that does not exist (e.g. the harness's dev run id) is not followed further; other failures retry.
        if (isApiError(error) && error.status === 404 && !watcher.waiters.length) return
      }
      const logOpen = this.handlers.get('run.log')?.size && watcher.nextToken !== null
      if (terminal && !logOpen && !watcher.waiters.length) return
      const delay = POLL_DELAYS_MS[Math.min(attempt, POLL_DELAYS_MS.length - 1)]!
      attempt += 1
      const timer = setTimeout(
        () => {
          this.timers.delete(timer)
          void tick()
        },
        logOpen ? Math.min(delay, LOG_POLL_MS) : delay,
      )
      this.timers.add(timer)
    }
    const first = setTimeout(() => {
      this.timers.delete(first)
      void tick()
    }, 0)
    this.timers.add(first)
    return watcher
  }

  private async readLog(runId: string, watcher: { nextToken?: string | null }): Promise<void> {
    // A devkit API keeps no log (issue 13): its runs are followed for their status only, never asked for lines.
    if (sessionSnapshot().devkit) {
      watcher.nextToken = null
      return
    }
    const page = await readLogPage(runId, watcher.nextToken ?? undefined, 200)
    watcher.nextToken = page.nextToken
    for (const event of page.events)
      this.deliver('run.log', { runId, at: event.timestamp, level: event.level ?? 'info', message: event.message })
  }

  private async postCompletion(body: Record<string, unknown>): Promise<void> {
    try {
      await http(apiPaths.moduleRunComplete(this.options.runId), ModuleRun, {
        method: 'POST',
        body,
        idempotencyKey: newIdempotencyKey(),
      })
      this.options.log({ kind: 'lifecycle', name: `run marked ${String(body.status)}` })
      this.options.onRunEnded?.(this.options.runId)
    } catch (error) {
      this.options.log({
        kind: 'lifecycle',
        name: 'completion refused',
        detail: isApiError(error) ? error.message : String(error),
      })
    }
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
