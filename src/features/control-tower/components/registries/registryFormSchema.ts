import { z } from '@/shared/contract/zod'
import { PROVIDERS, type RegistryCreate } from '@/shared/contract/registries'
import { credentialBody, hostOf, refineCredential, refineEcrHost, refinePatterns } from './formRules'

/** The Add Registry form (registry-patterns.md §8): provider → host → patterns → optional credential. */
export const registryFormSchema = z
  .object({
    provider: z.enum(PROVIDERS),
    accountId: z.string(),
    region: z.string(),
    namespaces: z.array(z.string()),
    isPrivate: z.boolean(),
    username: z.string(),
    secret: z.string(),
    expiresAt: z.string(),
  })
  .check(
    z.superRefine((values, ctx) => {
      if (values.provider === 'ecr') refineEcrHost(values, ctx)
      refinePatterns(values.namespaces, hostOf(values), ctx)
      if (values.isPrivate) refineCredential(values, values.provider, ctx)
    }),
  )

export type RegistryFormValues = z.infer<typeof registryFormSchema>

export const registryFormDefaults: RegistryFormValues = {
  provider: 'ghcr',
  accountId: '',
  region: '',
  namespaces: [],
  isPrivate: false,
  username: '',
  secret: '',
  expiresAt: '',
}

/**
 * The request body of a create or an unsaved test. `enabled` is left to the server: a public entry starts enabled,
 * a private one disabled until a saved test passes (api-contract §8 "Enabling").
 */
export function toCreateBody(values: RegistryFormValues): RegistryCreate {
  const host = hostOf(values)
  if (host === null) throw new Error('toCreateBody() needs a validated form')
  return {
    provider: values.provider,
    host,
    namespaces: values.namespaces,
    ...(values.isPrivate ? { credential: credentialBody(values) } : {}),
  }
}
