import { http } from '../runtime/http'
import { Module, ModulePage, ModuleVersionList, PublishStatus } from '../../src/shared/contract/modules'
import { DEMO_MODULES, type DemoModuleId } from '../fixtures/moduleIds'
import {
  currentVersionOf,
  displayNameOf,
  findPublish,
  manifestFor,
  pricingOf,
  specOf,
  versionsOf,
  type VersionBody,
} from '../fixtures/modules'
import { json, notFound, requireRoles, withApi, type Actor } from '../runtime/api'
import { nowMs } from '../runtime/clock'
import { route } from '../runtime/route'
import { dataSet } from '../runtime/scenario'
import { grantedModuleIds } from '../stores/organizationStore'
import { badQuery } from '../stores/orgPaging'

/** The module catalog (api-contract §5): a superuser sees every module, everyone else the modules granted to their org. */
function visibleModuleIds(actor: Actor): DemoModuleId[] {
  if (dataSet() === 'empty') return []
  const all = DEMO_MODULES.map((m) => m.moduleId)
  if (actor.isSuperuser) return all
  const granted = grantedModuleIds(actor.orgId)
  return all.filter((id) => granted.has(id))
}

/** A module the actor may see; unknown and non-granted modules answer 404 alike. */
function moduleFor(actor: Actor, moduleId: string): DemoModuleId {
  const found = visibleModuleIds(actor).find((id) => id === moduleId)
  if (!found) throw notFound(`Module ${moduleId}`)
  return found
}

function summaryOf(moduleId: DemoModuleId, versions: VersionBody[]) {
  const spec = specOf(moduleId)
  const current = currentVersionOf(versions)
  return {
    id: moduleId,
    moduleName: moduleId,
    displayName: displayNameOf(moduleId),
    currentVersion: current.version,
    type: spec.type,
    visibility: spec.visibility,
    category: spec.category,
    tags: spec.tags,
    description: spec.description,
    author: spec.author,
    trustTier: spec.trustTier,
    pricing: pricingOf(moduleId),
    status: current.status,
    updatedAt: versions[0]!.publishedAt,
  }
}

function readInt(url: URL, name: string, fallback: number, min: number): number {
  const text = url.searchParams.get(name)
  if (text === null || text === '') return fallback
  const value = Number(text)
  if (!Number.isInteger(value) || value < min) throw badQuery(name, `Use a whole number of at least ${min}.`)
  return value
}

export const moduleHandlers = [
  http.get(
    route('modules'),
    withApi('modules', ({ url, actor }) => {
      // The platform filters by category only; search, type, tier and status filtering happen in the browser.
      const limit = Math.min(readInt(url, 'limit', 100, 1), 500)
      const offset = readInt(url, 'offset', 0, 0)
      const category = url.searchParams.get('category')
      const now = nowMs()
      const rows = visibleModuleIds(actor)
        .filter((id) => !category || specOf(id).category === category)
        .map((id) => summaryOf(id, versionsOf(id, now)))
      return json(ModulePage, { items: rows.slice(offset, offset + limit), total: rows.length })
    }),
  ),
  http.get(
    route('publishStatus', 'publishId'),
    withApi('publishStatus', ({ params, actor }) => {
      requireRoles(actor, ['admin', 'developer'], 'Reading the publish status')
      const publishId = String(params.publishId)
      const found = findPublish(publishId)
      if (!found || !visibleModuleIds(actor).includes(found.moduleId)) throw notFound(`Publish ${publishId}`)
      const version = versionsOf(found.moduleId, nowMs()).find((v) => v.version === found.version)!
      return json(PublishStatus, {
        publishId,
        moduleId: found.moduleId,
        version: version.version,
        status: version.status,
        steps: version.intake.steps,
        ...(version.intake.errorCode ? { errorCode: version.intake.errorCode } : {}),
      })
    }),
  ),
  http.get(
    route('module', 'moduleId'),
    withApi('module', ({ params, actor }) => {
      const moduleId = moduleFor(actor, String(params.moduleId))
      const versions = versionsOf(moduleId, nowMs())
      const spec = specOf(moduleId)
      return json(Module, {
        ...summaryOf(moduleId, versions),
        manifest: manifestFor(moduleId, currentVersionOf(versions).version),
        permissions: spec.permissions,
        resources: spec.resources,
      })
    }),
  ),
  http.get(
    route('moduleVersions', 'moduleId'),
    withApi('moduleVersions', ({ params, actor }) => {
      const moduleId = moduleFor(actor, String(params.moduleId))
      return json(ModuleVersionList, { items: versionsOf(moduleId, nowMs()) })
    }),
  ),
]
