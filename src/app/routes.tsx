import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { AREA_ROLES } from '@/shared/auth/access'
import { paths } from '@/shared/lib/paths'
import { RootErrorBoundary } from './pages/RootErrorBoundary'
import { NavigationFallback } from './layout/NavigationFallback'
import { protectedRoute, type RouteHandle } from './routing/toRoute'

const comingSoon = (queryClient: QueryClient, handle: RouteHandle) =>
  protectedRoute(queryClient, () => import('./pages/NotAvailableYetRoute'), handle)

/** Every route of product.md; each lazily loaded and behind the shared error boundary. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      ErrorBoundary: RootErrorBoundary,
      HydrateFallback: NavigationFallback,
      children: [
        { path: '/login', lazy: () => import('./auth/LoginRoute') },
        { path: '/cli-login', lazy: () => import('./auth/CliLoginRoute') },
        {
          path: '/',
          id: 'app',
          ...protectedRoute(queryClient, () => import('./layout/AppLayoutRoute')),
          children: [
            { index: true, ...protectedRoute(queryClient, () => import('./home/HomeRoute'), { crumb: 'Home' }) },
            {
              path: 'control-tower/organizations',
              ...protectedRoute(queryClient, () => import('@/features/control-tower/routes/OrganizationsRoute'), {
                crumb: 'Organizations',
                roles: AREA_ROLES.controlTower,
              }),
              children: [
                {
                  path: ':orgId',
                  ...protectedRoute(queryClient, () => import('@/features/control-tower/routes/OrganizationDrawerRoute'), {
                    crumb: (p) => p.orgId ?? 'Organization',
                    roles: AREA_ROLES.controlTower,
                  }),
                },
              ],
            },
            {
              path: 'settings/organization',
              ...protectedRoute(queryClient, () => import('@/features/control-tower/routes/OrganizationSettingsRoute'), {
                crumb: 'Organization settings',
                roles: AREA_ROLES.organizationSettings,
              }),
            },
            ...catalogRoutes(queryClient),
            ...workflowRoutes(queryClient),
            {
              path: 'dev/module-harness',
              ...comingSoon(queryClient, {
                crumb: 'Module harness',
                roles: AREA_ROLES.moduleHarness,
                comingSoon: {
                  title: 'Module UI developer harness',
                  issue: 6,
                  description: 'Mount a module UI bundle from localhost under the production sandbox rules.',
                },
              }),
            },
            { path: '*', ...protectedRoute(queryClient, () => import('./pages/NotFoundRoute'), { crumb: 'Not found' }) },
          ],
        },
      ],
    },
  ]
}

const CATALOG = {
  title: 'Module catalog',
  issue: 4,
  description:
    'Modules with search and filters, versions with the six-step intake pipeline, the manifest, and launching runs from a form generated from the manifest.',
}
const MODULE_RUNS = {
  title: 'Module runs',
  issue: 4,
  description:
    'Run history with filters; a run view with status, parameters, logs that tail, the result, artifacts, cancel and re-run.',
}

function catalogRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    { path: 'modules', ...comingSoon(queryClient, { crumb: 'Modules', comingSoon: CATALOG }) },
    { path: 'modules/:moduleId', ...comingSoon(queryClient, { crumb: (p) => p.moduleId ?? 'Module', comingSoon: CATALOG }) },
    { path: 'modules/:moduleId/run', ...comingSoon(queryClient, { crumb: 'Launch', comingSoon: CATALOG }) },
    { path: 'runs', ...comingSoon(queryClient, { crumb: 'Module runs', comingSoon: MODULE_RUNS }) },
    { path: 'runs/:runId', ...comingSoon(queryClient, { crumb: (p) => p.runId ?? 'Run', comingSoon: MODULE_RUNS }) },
  ]
}

const WORKFLOWS = {
  title: 'Workflow Run History',
  issue: 5,
  description:
    'Workflows, a fast Run History over thousands of runs, a run’s step timeline, and the comparison of 2..N runs that shows exactly what changed.',
}

function workflowRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'workflows',
      ...protectedRoute(queryClient, () => import('@/features/workflow-runs/routes/WorkflowsRoute'), { crumb: 'Workflows' }),
    },
    {
      path: 'workflows/:workflowId/runs',
      ...protectedRoute(queryClient, () => import('@/features/workflow-runs/routes/RunHistoryRoute'), {
        crumb: 'Run history',
        parentCrumbs: () => [{ to: paths.workflows(), label: 'Workflows' }],
      }),
    },
    {
      path: 'workflows/:workflowId/runs/:runId',
      ...protectedRoute(queryClient, () => import('@/features/workflow-runs/routes/RunDetailRoute'), {
        crumb: (p) => p.runId ?? 'Run',
        parentCrumbs: (p) => [
          { to: paths.workflows(), label: 'Workflows' },
          { to: paths.workflowRuns(p.workflowId ?? ''), label: 'Run history' },
        ],
      }),
    },
    {
      path: 'workflows/:workflowId/compare',
      ...comingSoon(queryClient, {
        crumb: 'Compare',
        comingSoon: WORKFLOWS,
        parentCrumbs: (p) => [
          { to: paths.workflows(), label: 'Workflows' },
          { to: paths.workflowRuns(p.workflowId ?? ''), label: 'Run history' },
        ],
      }),
    },
  ]
}
