import type { TestCode } from '@/shared/contract/registries'

// The console's words about registries, in one place so the table, the dialogs and the checker say the same thing.

/** Provider names as people know them. */
export const PROVIDER_LABELS: Record<string, string> = { ghcr: 'GHCR', dockerhub: 'Docker Hub', ecr: 'Amazon ECR' }

/** The words a provider uses for its credential (registry-patterns.md §6). */
export function credentialLabels(provider: string): { username: string; secret: string } {
  if (provider === 'ecr') return { username: 'Access key ID', secret: 'Secret access key' }
  if (provider === 'dockerhub') return { username: 'Docker Hub username', secret: 'Personal access token' }
  return { username: 'GitHub username', secret: 'Personal access token (classic)' }
}

/** The least-privilege hint of registry-patterns.md §6, per provider. */
export function leastPrivilegeHint(provider: string): string {
  if (provider === 'ecr')
    return 'Use the access key of an IAM user or role limited to a subset of AmazonEC2ContainerRegistryReadOnly. The key must belong to the account in the host.'
  if (provider === 'dockerhub')
    return 'Use a personal access token with "Repo Read-only" access, or an organization access token. A Hub token cannot be limited to one repository; enter its expiry date so the console can warn before it runs out.'
  return 'Use a personal access token (classic) with read:packages only; GHCR takes no fine-grained tokens. Do not give it write:packages or delete:packages.'
}

/** A plain explanation of each test code (api-contract §8); the server's message adds the specifics. */
const EXPLANATIONS: Record<string, string> = {
  OK: 'The registry answered and the credential may pull.',
  REGISTRY_UNREACHABLE: 'The registry did not answer.',
  CREDENTIAL_REJECTED: 'The registry refused the username or secret.',
  NO_PULL_ACCESS: 'The credential signed in but may not pull these repositories.',
  ECR_ACCOUNT_MISMATCH: 'The access key belongs to another AWS account than the host.',
  CREDENTIAL_EXPIRED: 'The credential has expired.',
}

/** Explains a code; an unknown one is shown raw (api-contract §1 "Unknown data"). */
export const explainTestCode = (code: TestCode) => EXPLANATIONS[code] ?? `Result ${code}.`
