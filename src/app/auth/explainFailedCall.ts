import { ApiError, isApiError } from '@/shared/api/ApiError'
import { apiPaths } from '@/shared/contract/paths'
import { statusLine } from '@/shared/ui/errorText'

/** A call the console cannot do without (sign-in, who is signed in, restoring a session) and what its failures mean. */
export type SessionCall = {
  method: 'GET' | 'POST'
  endpoint: string
  /** What failed, as a heading. */
  failure: string
  /** What a 404 says about this API. */
  notFound: string
  /** What a 405/501 says about this API. */
  notSupported: string
  /** What a 401 says (only sign-in answers it to the user: elsewhere a 401 leads to signing in again). */
  unauthorized: string
}

export const SIGN_IN_CALL: SessionCall = {
  method: 'POST',
  endpoint: apiPaths.login(),
  failure: 'Sign-in failed',
  notFound: 'this API has no sign-in here',
  notSupported: 'this API does not offer sign-in with email and password',
  unauthorized: 'the email or password was not accepted',
}

export const IDENTITY_CALL: SessionCall = {
  method: 'GET',
  endpoint: apiPaths.me(),
  failure: 'Who you are could not be loaded',
  notFound: 'this API cannot say who the token belongs to',
  notSupported: 'this API does not say who is signed in',
  unauthorized: 'the token was not accepted',
}

export const RESTORE_CALL: SessionCall = {
  method: 'POST',
  endpoint: apiPaths.refresh(),
  failure: 'Your session could not be restored',
  notFound: 'this API cannot renew a session here',
  notSupported: 'this API does not renew sessions',
  unauthorized: 'the session has ended',
}

/** The session call an error came from, if any (the shell's loader makes only these). */
export function sessionCallOf(error: unknown): SessionCall | null {
  if (!isApiError(error)) return null
  return [IDENTITY_CALL, RESTORE_CALL, SIGN_IN_CALL].find((call) => call.endpoint === error.endpoint) ?? null
}

export type FailedCall = {
  /** One paragraph naming the call, what it answered and what that means. */
  message: string
  /**
   * The answer suggests the console talks to the wrong server or to none (nothing there, no such endpoint, an HTML
   * page, a proxy that cannot reach the API behind it): the API address is the first thing to check.
   */
  addressSuspect: boolean
}

const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`)
/** A server's own words are worth quoting unless they only repeat the status (the fallback of `errorEnvelope`). */
const ownWords = (error: ApiError) =>
  /^The server answered \d{3}\b/.test(error.message) || !error.message.trim()
    ? ''
    : ` The server said: ${sentence(error.message)}`

/**
 * "POST /v1/auth/login answered 404 Not Found: this API has no sign-in here." — the call, the answer, and what it means,
 * so that a person pointing the console at an API can tell a wrong address from a wrong password (issue 13).
 */
export function explainFailedCall(call: SessionCall, error: ApiError): FailedCall {
  const name = `${call.method} ${call.endpoint}`
  const { status, code } = error
  if (code === 'NETWORK_ERROR') return { message: `${name} got no answer: nothing could be reached.`, addressSuspect: true }
  if (code === 'TIMEOUT') return { message: `${name} did not answer in time.`, addressSuspect: true }
  if (code === 'INVALID_RESPONSE') {
    // "The server answered in an unexpected shape: …" / "… with something that is not JSON." after the status.
    const how = error.message.replace(/^The server answered /, '')
    return { message: `${name} answered ${statusLine(status)}, but ${sentence(how)}`, addressSuspect: true }
  }
  if (code === 'NOT_SUPPORTED')
    return { message: `${name} answered ${statusLine(status)}: ${call.notSupported}.`, addressSuspect: true }
  if (status === 404) return { message: `${name} answered ${statusLine(status)}: ${call.notFound}.`, addressSuspect: true }
  if (status === 401)
    return { message: `${name} answered ${statusLine(status)}: ${call.unauthorized}.${ownWords(error)}`, addressSuspect: false }
  if (status >= 500) {
    // A proxy answers 502/503/504 (or an empty 500, as a dev server's proxy does) when the API behind it is down.
    return {
      message: `${name} answered ${statusLine(status)}: the server failed to answer.${ownWords(error)}`,
      addressSuspect: true,
    }
  }
  return { message: `${name} answered ${statusLine(status)}.${ownWords(error)}`, addressSuspect: false }
}

/** The same error with the explanation as its message: code, status and request id stay as they were. */
export function withExplanation(error: ApiError, message: string): ApiError {
  return new ApiError({
    status: error.status,
    code: error.code,
    message,
    requestId: error.requestId,
    details: error.details,
    fieldPath: error.fieldPath,
    endpoint: error.endpoint,
  })
}
