const ROLE_NAMES: Record<string, string> = {
  superuser: 'platform admin (superuser)',
  admin: 'organization admin',
  developer: 'developer',
  scientist: 'scientist',
}

const REASONS: Record<string, string> = {
  module_not_granted: 'Your organization has no grant for this module.',
  data_grant_missing: 'Your organization has no approved data-access grant for this data.',
  not_member: 'You are not a member of this organization.',
  insufficient_credits: 'Your organization does not have enough credits.',
}

/** Titles a person understands, by error code (api-contract §2.4). */
export function errorTitle(code: string, status: number): string {
  if (code === 'INVALID_RESPONSE') return 'The server answered in an unexpected shape'
  if (code === 'NETWORK_ERROR') return 'The server could not be reached'
  if (code === 'TIMEOUT') return 'The server did not answer in time'
  if (code === 'FORBIDDEN' || status === 403) return 'You do not have access to this'
  if (code === 'NOT_FOUND' || status === 404) return 'Not found'
  if (code === 'RATE_LIMITED') return 'Too many requests'
  if (code === 'CONFLICT') return 'This changed meanwhile'
  if (code === 'UNAUTHENTICATED') return 'Your session has ended'
  if (code === 'SESSION_CHANGED') return 'Not sent: somebody else is signed in now'
  if (code === 'NOT_SUPPORTED') return 'This API does not offer this'
  if (code === 'REFUSED_AFTER_SIGN_IN') return 'Refused even after signing in again'
  if (code === 'API_KEY_REFUSED') return 'The devkit API refused the write'
  if (status >= 500) return 'The server failed to answer'
  return 'Something went wrong'
}

/** What a 403 says is missing: a role or a grant. */
export function forbiddenExplanation(details: { requiredRoles?: string[]; reason?: string }): string | null {
  if (details.requiredRoles?.length)
    return `This needs the role ${details.requiredRoles.map((r) => ROLE_NAMES[r] ?? r).join(' or ')}. Ask an admin of your organization.`
  if (details.reason) return REASONS[details.reason] ?? `Reason: ${details.reason}.`
  return null
}

/** Reason phrases of the statuses an API or a proxy in front of it answers (RFC 9110). */
const REASON_PHRASES: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

/** `404 Not Found`: the status as a person reading a server log or a proxy's page knows it. */
export function statusLine(status: number): string {
  const phrase = REASON_PHRASES[status]
  return phrase ? `${status} ${phrase}` : String(status)
}
