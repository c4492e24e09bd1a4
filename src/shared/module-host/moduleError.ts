/** The failure codes of module-ui-contract §7: each one ends in an explained card with a Retry. */
export const MODULE_ERROR_CODES = [
  'MODULE_LOAD_TIMEOUT',
  'MODULE_SRI_MISMATCH',
  'MODULE_CRASHED',
  'MODULE_NOT_FOUND',
  'MODULE_CONTRACT_INVALID',
] as const
export type ModuleErrorCode = (typeof MODULE_ERROR_CODES)[number]

export const isModuleErrorCode = (value: unknown): value is ModuleErrorCode =>
  typeof value === 'string' && (MODULE_ERROR_CODES as readonly string[]).includes(value)

/** A terminal failure of loading or running a module UI. `details` is plain text for the card's expandable part. */
export class ModuleError extends Error {
  readonly code: ModuleErrorCode
  readonly details: string | undefined

  constructor(code: ModuleErrorCode, message: string, details?: string) {
    super(message)
    this.name = 'ModuleError'
    this.code = code
    this.details = details
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
}

/** The hint of §9 for a bundle that brought its own (or an old) React. */
export const REACT_EXTERNALS_HINT =
  'If the bundle ships its own React, mark react, react-dom, react-dom/client and react/jsx-runtime external.'

export function hintFor(message: string): string | undefined {
  return /invalid hook call|__SECRET_INTERNALS|ReactCurrentOwner|ReactCurrentDispatcher|\.render is not a function/i.test(message)
    ? REACT_EXTERNALS_HINT
    : undefined
}
