import { z } from 'zod'
import { Act, itemList, JsonObject, offsetPage, openEnum, Timestamp, UserRef } from './primitives'
import { TrustTier, Plan } from './organizations'

export const VERSION_STATUSES = ['SUBMITTED', 'VALIDATING', 'ACTIVE', 'REJECTED', 'DEPRECATED'] as const
/** Version status; the platform's `APPROVED` reads as `ACTIVE` (api-contract §2.2). */
export const VersionStatus = z
  .string()
  .transform((s) => (s === 'APPROVED' ? 'ACTIVE' : s) as (typeof VERSION_STATUSES)[number] | (string & {}))
export type VersionStatus = z.infer<typeof VersionStatus>

export const MODULE_TYPES = ['no-ui', 'with-ui'] as const
export const ModuleType = openEnum(MODULE_TYPES)

export const PricingTier = z.object({
  tier: Plan,
  model: openEnum(['usage-based', 'subscription']),
  amountAct: Act,
})
export const Pricing = z.object({ tiers: z.array(PricingTier) })

/**
 * The platform's devkit stub lists whole manifests (`name`, `version`, `display_name`): map them onto a summary
 * (api-contract §2.2) before parsing.
 */
function fromManifestShape(input: unknown): unknown {
  if (!input || typeof input !== 'object') return input
  const item = input as Record<string, unknown>
  if ('moduleName' in item) return item
  const name = typeof item.name === 'string' ? item.name : undefined
  return {
    ...item,
    id: item.id ?? name,
    moduleName: name,
    currentVersion: item.currentVersion ?? item.version,
    displayName: item.displayName ?? item.display_name ?? name,
  }
}

const summaryFields = {
  id: z.string(),
  moduleName: z.string(),
  currentVersion: z.string(),
  displayName: z.string().optional(),
  type: ModuleType.optional(),
  visibility: openEnum(['org', 'public', 'private']).optional(),
  category: z.string().optional(),
  tags: z.array(z.string()).optional(),
  description: z.string().optional(),
  author: z.object({ name: z.string(), email: z.string().optional(), organization: z.string().optional() }).optional(),
  trustTier: TrustTier.optional(),
  pricing: Pricing.optional(),
  status: VersionStatus.optional(),
  updatedAt: Timestamp.optional(),
}

/** A catalog entry; only `id`, `moduleName`, `currentVersion` are guaranteed (api-contract §5). */
export const ModuleSummary = z.preprocess(fromManifestShape, z.object(summaryFields))
export type ModuleSummary = z.infer<typeof ModuleSummary>
export const ModulePage = offsetPage(ModuleSummary)
export type ModulePage = z.infer<typeof ModulePage>

export const ModulePermissions = z.object({
  database: z.array(z.string()).optional(),
  storage: z.boolean().optional(),
  network: z.array(z.string()).optional(),
  data_access: z.array(z.string()).optional(),
})
export const ModuleResources = z.object({
  memory: z.union([z.number(), z.string()]).optional(),
  timeout: z.union([z.number(), z.string()]).optional(),
  vcpus: z.union([z.number(), z.string()]).optional(),
  gpu: z.union([z.number(), z.string(), z.boolean()]).optional(),
  environment: z.record(z.string(), z.unknown()).optional(),
})

/**
 * A manifest-shaped item is its own manifest: a devkit API has no `GET /v1/modules/{id}`, so the console builds the
 * detail and the launch form from the list item (issue 13).
 */
function withOwnManifest(input: unknown): unknown {
  const item = fromManifestShape(input)
  if (!item || typeof item !== 'object' || 'manifest' in item || input === item) return item
  return { ...item, manifest: input }
}

/** `GET /v1/modules/{moduleId}`, or a manifest-shaped list item read as a module. */
export const Module = z.preprocess(
  withOwnManifest,
  z.object({
    ...summaryFields,
    manifest: JsonObject,
    permissions: ModulePermissions.optional(),
    resources: ModuleResources.optional(),
  }),
)
export type Module = z.infer<typeof Module>

export const INTAKE_STEP_KEYS = ['digest', 'mirror', 'scan', 'manifest', 'ui', 'policy'] as const
export const IntakeStep = z.object({
  key: openEnum(INTAKE_STEP_KEYS),
  status: openEnum(['pending', 'running', 'passed', 'failed', 'skipped']),
  startedAt: Timestamp.nullable(),
  finishedAt: Timestamp.nullable(),
  message: z
    .string()
    .nullable()
    .transform((m) => m ?? ''),
  findings: z.object({ critical: z.number(), high: z.number(), medium: z.number(), low: z.number() }).optional(),
})
export type IntakeStep = z.infer<typeof IntakeStep>

/** The UI bundle of a with-ui version (module-ui-contract). */
export const ModuleUiBundle = z.object({
  bundleUrl: z.string(),
  integrity: z.string().regex(/^sha384-[A-Za-z0-9+/]+=*$/, 'integrity must be sha384-<base64>'),
  runtime: z.string(),
  globals: z.array(z.string()),
  assets: z.array(z.object({ path: z.string(), integrity: z.string() })),
})
export type ModuleUiBundle = z.infer<typeof ModuleUiBundle>

export const ModuleVersion = z.object({
  version: z.string(),
  status: VersionStatus,
  imageRef: z.string(),
  digest: z.string().nullable().optional(),
  publishedAt: Timestamp,
  publishedBy: UserRef,
  trustTier: TrustTier,
  manifest: JsonObject,
  signature: z.object({ status: openEnum(['valid', 'invalid', 'missing']), keyFingerprint: z.string().optional() }),
  ui: ModuleUiBundle.optional(),
  intake: z.object({ publishId: z.string(), steps: z.array(IntakeStep), errorCode: z.string().optional() }),
})
export type ModuleVersion = z.infer<typeof ModuleVersion>
export const ModuleVersionList = itemList(ModuleVersion)

/** `GET /v1/modules/publish/{publishId}`; the CLI's `state` is accepted for `status`. */
export const PublishStatus = z.preprocess(
  (input) => {
    if (!input || typeof input !== 'object') return input
    const item = input as Record<string, unknown>
    return 'status' in item ? item : { ...item, status: item.state }
  },
  z.object({
    publishId: z.string(),
    moduleId: z.string(),
    version: z.string(),
    status: VersionStatus,
    steps: z.array(IntakeStep),
    errorCode: z.string().optional(),
  }),
)
export type PublishStatus = z.infer<typeof PublishStatus>
