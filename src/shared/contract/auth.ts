import { z } from './zod'
import { Role } from './primitives'

const required = z.string().check(z.minLength(1))

/** `POST /v1/auth/login`, `/refresh`, `/switch-org` (api-contract §4); snake_case as the platform sends it. */
export const TokenPair = z.object({
  access_token: required,
  refresh_token: required,
  expires_in: z.number().check(z.positive()),
})
export type TokenPair = z.infer<typeof TokenPair>

export const LoginRequest = z.object({ email: z.email(), password: required })
export type LoginRequest = z.infer<typeof LoginRequest>
export const RefreshRequest = z.object({ refresh_token: required })
export const SwitchOrgRequest = z.object({ orgId: required })

export const MeOrganization = z.object({ id: z.string(), slug: z.string(), name: z.string(), roles: z.array(Role) })
export type MeOrganization = z.infer<typeof MeOrganization>

/** `GET /v1/auth/me`: roles in the active organization drive what the console shows. */
export const Me = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(Role),
  organizations: z.array(MeOrganization),
  activeOrgId: z.string(),
  isSuperuser: z.boolean(),
})
export type Me = z.infer<typeof Me>
