// The floor of the bench (issue 16): plain pages that do the same work as the console's views with nothing but the
// DOM — fetch the same page of the same API, build the same rows — so that the console's figures can be read as a ratio
// to what the browser itself needs. No framework, no styles beyond a few lines, no state.

const TOKEN_KEY = 'floor-access-token'

/** The access token: from this tab's storage, or a sign-in with the demo user's password (not timed). */
export async function accessToken(email) {
  const known = sessionStorage.getItem(TOKEN_KEY)
  if (known) return known
  const response = await fetch('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo' }),
  })
  const { access_token: token } = await response.json()
  sessionStorage.setItem(TOKEN_KEY, token)
  return token
}

export async function getJson(path, token) {
  const response = await fetch(`/api${path}`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } })
  if (!response.ok) throw new Error(`${path}: ${response.status}`)
  return response.json()
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
export const when = (iso) => (iso ? dateTime.format(new Date(iso)) : '—')
export const duration = (ms) =>
  ms === undefined ? '—' : ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`
export const act = (value) => `${value.toFixed(2)} ACT`

/** A table with `columns` ([header, cell(row) → text]) and one row per item, built with DOM calls. */
export function table(label, columns, items) {
  const element = document.createElement('table')
  element.setAttribute('aria-label', label)
  const head = element.createTHead().insertRow()
  for (const [header] of columns) head.appendChild(document.createElement('th')).textContent = header
  const body = element.createTBody()
  for (const item of items) {
    const row = body.insertRow()
    for (const [, cell] of columns) row.insertCell().textContent = cell(item)
  }
  return element
}

/**
 * The columns each floor list builds: the ones the console shows on the bench's 1440 px screen (its column priorities,
 * issue 17), as text.
 */
export const COLUMNS = {
  runs: [
    ['Status', (run) => run.status],
    ['Run', (run) => run.id],
    ['Started', (run) => when(run.startedAt)],
    ['Duration', (run) => duration(run.durationMs)],
    ['Triggered by', (run) => run.triggeredBy.name],
    ['Credits', (run) => act(run.creditsAct)],
    ['Steps', (run) => `${run.stepCounts.completed}/${Object.values(run.stepCounts).reduce((sum, n) => sum + n, 0)}`],
  ],
  organizations: [
    ['Organization', (org) => `${org.name} ${org.slug}`],
    ['Trust tier', (org) => org.tier],
    ['Status', (org) => org.status],
    ['Members', (org) => String(org.memberCount)],
    ['Pending requests', (org) => String(org.pendingDataGrantCount)],
    ['Created', (org) => when(org.createdAt)],
  ],
}
