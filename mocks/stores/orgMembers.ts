import type { z } from '../../src/shared/contract/zod'
import type { Member } from '../../src/shared/contract/organizations'
import type { Role } from '../../src/shared/contract/primitives'
import { FIRST_NAMES, LAST_NAMES, type OrganizationRecord } from '../fixtures/organizations'
import { DEMO_USERS } from '../fixtures/users'
import { BASE_TIME, iso } from '../runtime/clock'
import { createRng, seedOf } from '../runtime/prng'

export type MemberBody = z.input<typeof Member>

const MINUTE = 60_000
const DAY = 86_400_000
const NAME_SPACE = FIRST_NAMES.length * LAST_NAMES.length
// 617 is prime and does not divide 1,600: member index → name is a bijection, so names never repeat within an org.
const NAME_STRIDE = 617

/** Email local parts are ASCII: "García" → "garcia". */
const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()

/** The demo users who belong to an organization, with their roles there (a superuser is shown as one). */
export function demoMembersOf(orgId: string): { userId: string; name: string; email: string; roles: Role[] }[] {
  return DEMO_USERS.flatMap((user) => {
    const membership = user.memberships.find((m) => m.orgId === orgId)
    if (!membership) return []
    const roles: Role[] = [...(user.isSuperuser ? (['superuser'] as const) : []), ...membership.roles]
    return [{ userId: user.id, name: user.name, email: user.email, roles }]
  })
}

function generatedRoles(orgHasDemoAdmin: boolean, index: number, roll: number): Role[] {
  // Every organization needs someone who can manage it; without a demo admin the first generated member is one.
  if (index === 0 && !orgHasDemoAdmin) return ['admin']
  if (roll < 0.06) return ['admin']
  if (roll < 0.26) return ['developer']
  if (roll < 0.3) return ['developer', 'scientist']
  return ['scientist']
}

/** Every member of an organization, ordered by name (ties by user id), generated on demand from the org's seed. */
export function membersOf(org: OrganizationRecord): MemberBody[] {
  const createdMs = Date.parse(org.createdAt)
  const demo = demoMembersOf(org.id)
  const hasDemoAdmin = demo.some((member) => member.roles.includes('admin'))
  const members: MemberBody[] = demo.map((member, k) => ({
    ...member,
    joinedAt: iso(createdMs + (k + 1) * 3 * DAY),
    lastActiveAt: iso(BASE_TIME - (k + 1) * 37 * MINUTE),
  }))
  const orgSeed = seedOf(org.id)
  for (let index = 0; index < org.generatedMemberCount; index++) {
    const rng = createRng(seedOf(`${org.id}/member/${index}`))
    const combination = (index * NAME_STRIDE + (orgSeed % NAME_SPACE)) % NAME_SPACE
    const first = FIRST_NAMES[combination % FIRST_NAMES.length]
    const last = LAST_NAMES[Math.floor(combination / FIRST_NAMES.length)]
    const joinedMs = createdMs + Math.floor(rng.next() * (BASE_TIME - createdMs))
    const active = rng.chance(0.85)
    members.push({
      userId: `usr-${org.id.slice(4)}-${String(index + 1).padStart(3, '0')}`,
      name: `${first} ${last}`,
      email: `${ascii(first)}.${ascii(last)}@${org.emailDomain}`,
      roles: generatedRoles(hasDemoAdmin, index, rng.next()),
      joinedAt: iso(joinedMs),
      ...(active ? { lastActiveAt: iso(BASE_TIME - rng.int(5, 60 * 24 * 45) * MINUTE) } : {}),
    })
  }
  return members.sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.userId < b.userId ? -1 : 1))
}
