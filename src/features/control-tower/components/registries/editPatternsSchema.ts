import { z } from '@/shared/contract/zod'
import type { Registry, RegistryPatch } from '@/shared/contract/registries'
import { credentialBody, ecrHostOf, ecrPartsOf, refineCredential, refineEcrHost, refinePatterns } from './formRules'

const fields = z.object({
  accountId: z.string(),
  region: z.string(),
  namespaces: z.array(z.string()),
  newCredential: z.boolean(),
  username: z.string(),
  secret: z.string(),
  expiresAt: z.string(),
})
export type EditPatternsValues = z.infer<typeof fields>

/** Only a standard ECR host can move (account ID or region); GHCR and Docker Hub hosts are fixed. */
export const editableEcrParts = (registry: Registry) => (registry.provider === 'ecr' ? ecrPartsOf(registry.host) : null)

/** The host the form currently describes: the stored one, or the ECR host being typed (null while invalid). */
export function editedHost(registry: Registry, values: Pick<EditPatternsValues, 'accountId' | 'region'>): string | null {
  return editableEcrParts(registry) ? ecrHostOf(values.accountId, values.region) : registry.host
}

/** The schema for one registry: patterns against the edited host; a new credential only when the host moves. */
export function editPatternsSchema(registry: Registry) {
  return fields.check(
    z.superRefine((values, ctx) => {
      if (editableEcrParts(registry)) refineEcrHost(values, ctx)
      const host = editedHost(registry, values)
      refinePatterns(values.namespaces, host, ctx, registry.host)
      if (host !== registry.host && values.newCredential) refineCredential(values, registry.provider, ctx)
    }),
  )
}

export function editPatternsDefaults(registry: Registry): EditPatternsValues {
  const parts = editableEcrParts(registry)
  return {
    accountId: parts?.accountId ?? '',
    region: parts?.region ?? '',
    namespaces: registry.namespaces,
    newCredential: false,
    username: '',
    secret: '',
    expiresAt: '',
  }
}

/**
 * The PATCH body. A host change without a new credential clears the stored one on the server (api-contract §8
 * "Host change"); the dialog has said so before this is sent.
 */
export function toPatchBody(registry: Registry, values: EditPatternsValues): RegistryPatch {
  const host = editedHost(registry, values)
  if (host === null) throw new Error('toPatchBody() needs a validated form')
  const moved = host !== registry.host
  return {
    namespaces: values.namespaces,
    ...(moved ? { host } : {}),
    ...(moved && values.newCredential ? { credential: credentialBody(values) } : {}),
  }
}
