import { z } from './zod'
import { Act, itemList, JsonObject, offsetPage, openEnum, preprocess, Timestamp, UserRef } from './primitives'
import { TrustTier, Plan } from './organizations'

export const VERSION_STATUSES = ['SUBMITTED', 'VALIDATING', 'ACTIVE', 'REJECTED', 'DEPRECATED'] as const
/** Version status; the platform's `APPROVED` reads as `ACTIVE` (api-contract §2.2). */
export const VersionStatus = z.pipe(
  z.string(),
  z.transform((s: string) => (s === 'APPROVED' ? 'ACTIVE' : s) as (typeof VERSION_STATUSES)[number] | (string & {})),
)
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
  displayName: z.optional(z.string()),
  type: z.optional(ModuleType),
  visibility: z.optional(openEnum(['org', 'public', 'private'])),
  category: z.optional(z.string()),
  tags: z.optional(z.array(z.string())),
  description: z.optional(z.string()),
  author: z.optional(z.object({ name: z.string(), email: z.optional(z.string()), organization: z.optional(z.string()) })),
  trustTier: z.optional(TrustTier),
  pricing: z.optional(Pricing),
  status: z.optional(VersionStatus),
  updatedAt: z.optional(Timestamp),
}

/** A catalog entry; only `id`, `moduleName`, `currentVersion` are guaranteed (api-contract §5). */
export const ModuleSummary = preprocess(fromManifestShape, z.object(summaryFields))
export type ModuleSummary = z.infer<typeof ModuleSummary>
export const ModulePage = offsetPage(ModuleSummary)
export type ModulePage = z.infer<typeof ModulePage>

export const ModulePermissions = z.object({
  database: z.optional(z.array(z.string())),
  storage: z.optional(z.boolean()),
  network: z.optional(z.array(z.string())),
  data_access: z.optional(z.array(z.string())),
})
export const ModuleResources = z.object({
  memory: z.optional(z.union([z.number(), z.string()])),
  timeout: z.optional(z.union([z.number(), z.string()])),
  vcpus: z.optional(z.union([z.number(), z.string()])),
  gpu: z.optional(z.union([z.number(), z.string(), z.boolean()])),
  environment: z.optional(z.record(z.string(), z.unknown())),
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
export const Module = preprocess(
  withOwnManifest,
  z.object({
    ...summaryFields,
    manifest: JsonObject,
    permissions: z.optional(ModulePermissions),
    resources: z.optional(ModuleResources),
  }),
)
export type Module = z.infer<typeof Module>

export const INTAKE_STEP_KEYS = ['digest', 'mirror', 'scan', 'manifest', 'ui', 'policy'] as const
export const IntakeStep = z.object({
  key: openEnum(INTAKE_STEP_KEYS),
  status: openEnum(['pending', 'running', 'passed', 'failed', 'skipped']),
  startedAt: z.nullable(Timestamp),
  finishedAt: z.nullable(Timestamp),
  message: z.pipe(
    z.nullable(z.string()),
    z.transform((m: string | null) => m ?? ''),
  ),
  findings: z.optional(z.object({ critical: z.number(), high: z.number(), medium: z.number(), low: z.number() })),
})
export type IntakeStep = z.infer<typeof IntakeStep>

/** The UI bundle of a with-ui version (module-ui-contract). */
export const ModuleUiBundle = z.object({
  bundleUrl: z.string(),
  integrity: z.string().check(z.regex(/^sha384-[A-Za-z0-9+/]+=*$/, 'integrity must be sha384-<base64>')),
  runtime: z.string(),
  globals: z.array(z.string()),
  assets: z.array(z.object({ path: z.string(), integrity: z.string() })),
})
export type ModuleUiBundle = z.infer<typeof ModuleUiBundle>

export const ModuleVersion = z.object({
  version: z.string(),
  status: VersionStatus,
  imageRef: z.string(),
  digest: z.optional(z.nullable(z.string())),
  publishedAt: Timestamp,
  publishedBy: UserRef,
  trustTier: TrustTier,
  manifest: JsonObject,
  signature: z.object({ status: openEnum(['valid', 'invalid', 'missing']), keyFingerprint: z.optional(z.string()) }),
  ui: z.optional(ModuleUiBundle),
  intake: z.object({ publishId: z.string(), steps: z.array(IntakeStep), errorCode: z.optional(z.string()) }),
})
export type ModuleVersion = z.infer<typeof ModuleVersion>
export const ModuleVersionList = itemList(ModuleVersion)

/** `GET /v1/modules/publish/{publishId}`; the CLI's `state` is accepted for `status`. */
export const PublishStatus = preprocess(
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
    errorCode: z.optional(z.string()),
  }),
)
export type PublishStatus = z.infer<typeof PublishStatus>
