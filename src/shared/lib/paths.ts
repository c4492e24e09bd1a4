/** Typed links between areas: features link to each other only through these (style guide §2). */
const e = encodeURIComponent

export const paths = {
  home: () => '/',
  login: (returnTo?: string) => (returnTo && returnTo !== '/' ? `/login?returnTo=${e(returnTo)}` : '/login'),
  organizations: () => '/control-tower/organizations',
  organization: (orgId: string, tab?: string) => `/control-tower/organizations/${e(orgId)}${tab ? `?tab=${e(tab)}` : ''}`,
  organizationSettings: (tab?: string) => `/settings/organization${tab ? `?tab=${e(tab)}` : ''}`,
  modules: () => '/modules',
  module: (moduleId: string, tab?: string) => `/modules/${e(moduleId)}${tab ? `?tab=${e(tab)}` : ''}`,
  launchModule: (moduleId: string) => `/modules/${e(moduleId)}/run`,
  moduleRuns: () => '/runs',
  moduleRun: (runId: string) => `/runs/${e(runId)}`,
  workflows: () => '/workflows',
  workflowRuns: (workflowId: string) => `/workflows/${e(workflowId)}/runs`,
  workflowRun: (workflowId: string, runId: string) => `/workflows/${e(workflowId)}/runs/${e(runId)}`,
  /** "Run with changes": the run's inputs in a form, the changes as a diff before the new run starts. */
  workflowRunRerun: (workflowId: string, runId: string) => `/workflows/${e(workflowId)}/runs/${e(runId)}/rerun`,
  compareRuns: (workflowId: string, runIds: string[], baseline?: string) =>
    `/workflows/${e(workflowId)}/compare?runs=${runIds.map(e).join(',')}${baseline ? `&baseline=${e(baseline)}` : ''}`,
  moduleHarness: () => '/dev/module-harness',
  devkit: () => '/devkit',
} as const

/** Only same-app paths are acceptable as a return target after sign-in (no open redirect). */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/'
  return value
}
