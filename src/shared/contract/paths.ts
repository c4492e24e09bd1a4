/**
 * Endpoint paths relative to `${API_BASE}` (api-contract). The one place a URL of the API is spelled;
 * the client and the demo backend both use it.
 */
type Query = Record<string, string | number | boolean | string[] | null | undefined>

/** Builds `path?query`, dropping empty values; arrays become comma-separated (the run list's `status`). */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','))
    } else params.set(key, String(value))
  }
  const text = params.toString()
  return text ? `${path}?${text}` : path
}

const e = encodeURIComponent

export const apiPaths = {
  login: () => '/v1/auth/login',
  refresh: () => '/v1/auth/refresh',
  me: () => '/v1/auth/me',
  switchOrg: () => '/v1/auth/switch-org',

  modules: () => '/v1/modules',
  module: (moduleId: string) => `/v1/modules/${e(moduleId)}`,
  moduleVersions: (moduleId: string) => `/v1/modules/${e(moduleId)}/versions`,
  publishStatus: (publishId: string) => `/v1/modules/publish/${e(publishId)}`,

  moduleRuns: () => '/v1/module-runs',
  moduleRun: (runId: string) => `/v1/module-runs/${e(runId)}`,
  moduleRunResult: (runId: string) => `/v1/module-runs/${e(runId)}/result`,
  moduleRunLogs: (runId: string) => `/v1/module-runs/${e(runId)}/logs`,
  moduleRunCancel: (runId: string) => `/v1/module-runs/${e(runId)}/cancel`,
  moduleRunComplete: (runId: string) => `/v1/module-runs/${e(runId)}/complete`,
  /** An output file's bytes, `?uri=` one of the run's artifacts; honours `Range` (api-contract §9.1). */
  moduleRunArtifactContent: (runId: string) => `/v1/module-runs/${e(runId)}/artifacts/content`,

  organizations: () => '/v1/organizations',
  organization: (orgId: string) => `/v1/organizations/${e(orgId)}`,
  members: (orgId: string) => `/v1/organizations/${e(orgId)}/members`,
  moduleGrants: (orgId: string) => `/v1/organizations/${e(orgId)}/module-grants`,
  moduleGrant: (orgId: string, moduleId: string) => `/v1/organizations/${e(orgId)}/module-grants/${e(moduleId)}`,
  dataGrants: (orgId: string) => `/v1/organizations/${e(orgId)}/data-grants`,
  dataGrantApprove: (orgId: string, grantId: string) => `/v1/organizations/${e(orgId)}/data-grants/${e(grantId)}/approve`,
  dataGrantReject: (orgId: string, grantId: string) => `/v1/organizations/${e(orgId)}/data-grants/${e(grantId)}/reject`,
  auditEvents: (orgId: string) => `/v1/organizations/${e(orgId)}/audit-events`,

  registries: (orgId: string) => `/v1/organizations/${e(orgId)}/registries`,
  registry: (orgId: string, registryId: string) => `/v1/organizations/${e(orgId)}/registries/${e(registryId)}`,
  registryTest: (orgId: string, registryId: string) => `/v1/organizations/${e(orgId)}/registries/${e(registryId)}/test`,
  registryTestUnsaved: (orgId: string) => `/v1/organizations/${e(orgId)}/registries/test`,
  registryCheckImage: (orgId: string) => `/v1/organizations/${e(orgId)}/registries/check-image`,

  workflows: () => '/v1/workflows',
  workflow: (workflowId: string) => `/v1/workflows/${e(workflowId)}`,
  workflowRuns: (workflowId: string) => `/v1/workflows/${e(workflowId)}/runs`,
  workflowRunStats: (workflowId: string) => `/v1/workflows/${e(workflowId)}/runs/stats`,
  workflowRunSteps: (workflowId: string) => `/v1/workflows/${e(workflowId)}/runs/steps`,
  workflowRunHistory: (workflowId: string) => `/v1/workflows/${e(workflowId)}/runs/history`,
  workflowRun: (runId: string) => `/v1/workflow-runs/${e(runId)}`,
  stepLogs: (runId: string, stepId: string) => `/v1/workflow-runs/${e(runId)}/steps/${e(stepId)}/logs`,
  /** A step's output file's bytes, `?uri=` one of the run's artifacts; honours `Range` (api-contract §9.1). */
  workflowRunArtifactContent: (runId: string) => `/v1/workflow-runs/${e(runId)}/artifacts/content`,
  workflowRunRerun: (runId: string) => `/v1/workflow-runs/${e(runId)}/rerun`,
  workflowRunRedrive: (runId: string) => `/v1/workflow-runs/${e(runId)}/redrive`,
  workflowRunReruns: (runId: string) => `/v1/workflow-runs/${e(runId)}/reruns`,

  // The platform's devkit API (issue 13): what `GET /` names, readiness, health, and manifest registration.
  serviceInfo: () => '/',
  systemReady: () => '/v1/system/ready',
  systemHealth: () => '/v1/system/health',
  devkitModules: () => '/v1/devkit/modules',
  devkitModule: (moduleId: string) => `/v1/devkit/modules/${e(moduleId)}`,
} as const
