import { z } from '../../src/shared/contract/zod'
import { ErrorEnvelope } from '../../src/shared/contract/errors'
import { AS, callApi } from '../testing'

/** Shared by the registry handler tests: who calls, the paths of org-0002, and a secret that must never come back. */
const USERS = { priya: AS.priya, tomas: AS.tomas, mei: AS.mei, jonas: AS.jonas }
export type Who = keyof typeof USERS

export const call = (who: Who, path: string, init: { method?: string; body?: unknown; key?: string } = {}) =>
  callApi(USERS[who], path, init)
export const parse = <S extends z.core.$ZodType>(schema: S, reply: { json: unknown }): z.output<S> => z.parse(schema, reply.json)
export const errorOf = (reply: { json: unknown }) => ErrorEnvelope.parse(reply.json).error

export const REGS = '/v1/organizations/org-0002/registries'
export const AUDIT = '/v1/organizations/org-0002/audit-events?limit=100'
export const SECRET = 'ghp_Sup3rSecretTokenValue0123456789'
export const ECR = '123456789012.dkr.ecr.eu-central-1.amazonaws.com'
export const post = (who: Who, path: string, body: unknown, key?: string) => call(who, path, { method: 'POST', body, key })
export const patch = (who: Who, id: string, body: unknown) => call(who, `${REGS}/${id}`, { method: 'PATCH', body })
