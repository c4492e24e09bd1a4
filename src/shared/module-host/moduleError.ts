/**
 * The failure codes of module-ui-contract §7, plus two the contract lacks (docs/decisions/008): a server that answers
 * without the CORS header an integrity-checked load needs, and an address that answers with something that is not
 * JavaScript. Each code ends in an explained card with a Retry.
 */
export const MODULE_ERROR_CODES = [
  'MODULE_LOAD_TIMEOUT',
  'MODULE_SRI_MISMATCH',
  'MODULE_CRASHED',
  'MODULE_NOT_FOUND',
  'MODULE_CONTRACT_INVALID',
  'MODULE_CORS_REFUSED',
  'MODULE_NOT_JAVASCRIPT',
] as const
export type ModuleErrorCode = (typeof MODULE_ERROR_CODES)[number]

export const isModuleErrorCode = (value: unknown): value is ModuleErrorCode =>
  typeof value === 'string' && (MODULE_ERROR_CODES as readonly string[]).includes(value)

/**
 * A terminal failure of loading or running a module UI. `details` is plain text for the card's expandable part;
 * `hints` name the fix (what to change in the build or the manifest), shown above the details.
 */
export class ModuleError extends Error {
  readonly code: ModuleErrorCode
  readonly details: string | undefined
  readonly hints: readonly string[]

  constructor(code: ModuleErrorCode, message: string, details?: string, hints: readonly string[] = []) {
    super(message)
    this.name = 'ModuleError'
    this.code = code
    this.details = details
    this.hints = hints
  }

  /** The same failure with more hints (duplicates dropped). */
  withHints(hints: readonly string[]): ModuleError {
    const all = [...new Set([...this.hints, ...hints])]
    return all.length === this.hints.length ? this : new ModuleError(this.code, this.message, this.details, all)
  }
}

export const toModuleError = (error: unknown, fallback: ModuleErrorCode = 'MODULE_CRASHED'): ModuleError =>
  error instanceof ModuleError
    ? error
    : new ModuleError(
        fallback,
        error instanceof Error ? error.message : String(error),
        error instanceof Error ? error.stack : undefined,
      )

/** The plain-language cause each card leads with (module-ui-contract §7). */
export const MODULE_ERROR_CAUSES: Record<ModuleErrorCode, string> = {
  MODULE_LOAD_TIMEOUT: 'The interface did not finish loading in time, so it was stopped.',
  MODULE_SRI_MISMATCH: 'The interface file does not match the one that was published, so it was not run.',
  MODULE_CRASHED: 'The interface stopped with an error. The run itself is not affected.',
  MODULE_NOT_FOUND: 'The interface file could not be found or downloaded.',
  MODULE_CONTRACT_INVALID: 'The interface file does not follow the module UI contract, so it cannot be shown.',
  MODULE_CORS_REFUSED: 'The server of the interface file does not allow this page to read it (CORS).',
  MODULE_NOT_JAVASCRIPT: 'The address of the interface file answers with something that is not JavaScript.',
}
