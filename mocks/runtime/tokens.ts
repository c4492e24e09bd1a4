import { nowMs } from './clock'

/**
 * Demo tokens: opaque to the console, but self-describing here so a reload keeps the session without a server-side
 * store. They expire on the demo clock like real ones (api-contract §12 "tokens … expire like real ones").
 */
export type TokenClaims = { kind: 'access' | 'refresh'; userId: string; orgId: string; exp: number; expired: boolean }

export const ACCESS_TTL_S = 3600
const REFRESH_TTL_S = 8 * 3600
let sequence = 0

function encode(claims: Omit<TokenClaims, 'expired'>): string {
  sequence += 1
  return `demo.${btoa(JSON.stringify({ ...claims, n: sequence })).replace(/=+$/, '')}`
}

export function issueTokens(userId: string, orgId: string) {
  const now = nowMs()
  return {
    access_token: encode({ kind: 'access', userId, orgId, exp: now + ACCESS_TTL_S * 1000 }),
    refresh_token: encode({ kind: 'refresh', userId, orgId, exp: now + REFRESH_TTL_S * 1000 }),
    expires_in: ACCESS_TTL_S,
  }
}

export function decodeToken(token: string): TokenClaims | null {
  if (!token.startsWith('demo.')) return null
  try {
    const raw = JSON.parse(atob(token.slice(5))) as Partial<TokenClaims>
    if ((raw.kind !== 'access' && raw.kind !== 'refresh') || typeof raw.userId !== 'string' || typeof raw.orgId !== 'string')
      return null
    const exp = Number(raw.exp)
    return { kind: raw.kind, userId: raw.userId, orgId: raw.orgId, exp, expired: !(exp > nowMs()) }
  } catch {
    return null
  }
}
