import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { AREA_ROLES } from '@/shared/auth/access'
import { paths } from '@/shared/lib/paths'
import { RootErrorBoundary } from './pages/RootErrorBoundary'
import { ShellErrorBoundary } from './pages/ShellErrorBoundary'
import { NavigationFallback } from './layout/NavigationFallback'
import { protectedRoute } from './routing/toRoute'

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
          // The shell's own failure has no shell around it: its boundary offers sign-out (issue 13).
          ErrorBoundary: ShellErrorBoundary,
          children: [
            { index: true, ...protectedRoute(queryClient, () => import('./home/HomeRoute'), { crumb: 'Home' }) },
            {
              path: 'control-tower/organizations',
              ...protectedRoute(queryClient, () => import('@/features/control-tower/routes/OrganizationsRoute'), {
                commitWhenWarm: true,
                crumb: 'Organizations',
                roles: AREA_ROLES.controlTower,
                area: 'controlTower',
              }),
              children: [
                {
                  path: ':orgId',
                  ...protectedRoute(queryClient, () => import('@/features/control-tower/routes/OrganizationDrawerRoute'), {
                    crumb: (p) => p.orgId ?? 'Organization',
                    roles: AREA_ROLES.controlTower,
                    area: 'controlTower',
                  }),
                },
              ],
            },
            {
              path: 'settings/organization',
              ...protectedRoute(queryClient, () => import('@/features/control-tower/routes/OrganizationSettingsRoute'), {
                crumb: 'Organization settings',
                roles: AREA_ROLES.organizationSettings,
                area: 'organizationSettings',
              }),
            },
            {
              path: 'devkit',
              ...protectedRoute(queryClient, () => import('@/features/devkit/routes/DevkitRoute'), {
                crumb: 'Local devkit',
                roles: AREA_ROLES.devkit,
                area: 'devkit',
              }),
            },
            ...catalogRoutes(queryClient),
            ...workflowRoutes(queryClient),
            // Developer-only (module-ui-contract §10): in demo builds, and in a real-mode build only with
            // VITE_MODULE_HARNESS=on; written inline so that the bundler drops the route's chunk otherwise.
            ...(import.meta.env.VITE_API_MOCKING !== 'off' || import.meta.env.VITE_MODULE_HARNESS === 'on'
              ? [
                  {
                    path: 'dev/module-harness',
                    ...protectedRoute(queryClient, () => import('@/features/module-host/routes/ModuleHarnessRoute'), {
                      crumb: 'Module harness',
                      roles: AREA_ROLES.moduleHarness,
                    }),
                  },
                ]
              : []),
            { path: '*', ...protectedRoute(queryClient, () => import('./pages/NotFoundRoute'), { crumb: 'Not found' }) },
          ],
        },
      ],
    },
  ]
}

function catalogRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'modules',
      ...protectedRoute(queryClient, () => import('@/features/catalog/routes/CatalogRoute'), {
        crumb: 'Modules',
        roles: AREA_ROLES.modules,
      }),
    },
    {
      path: 'modules/:moduleId',
      ...protectedRoute(queryClient, () => import('@/features/catalog/routes/ModuleRoute'), {
        crumb: (p) => p.moduleId ?? 'Module',
        roles: AREA_ROLES.modules,
        parentCrumbs: () => [{ to: paths.modules(), label: 'Modules' }],
      }),
    },
    {
      path: 'modules/:moduleId/run',
      ...protectedRoute(queryClient, () => import('@/features/catalog/routes/LaunchRoute'), {
        crumb: 'Run',
        roles: AREA_ROLES.modules,
        parentCrumbs: (p) => [
          { to: paths.modules(), label: 'Modules' },
          { to: paths.module(p.moduleId ?? ''), label: p.moduleId ?? 'Module' },
        ],
      }),
    },
    {
      // A run opened from the list is a drawer over it; the same URL opened by link is a page (docs/decisions/005).
      path: 'runs',
      ...protectedRoute(queryClient, () => import('@/features/module-runs/routes/ModuleRunsRoute'), {
        commitWhenWarm: true,
        crumb: 'Module runs',
        roles: AREA_ROLES.runs,
        area: 'runs',
      }),
      children: [
        {
          path: ':runId',
          ...protectedRoute(queryClient, () => import('@/features/module-runs/routes/ModuleRunRoute'), {
            crumb: (p) => p.runId ?? 'Run',
            roles: AREA_ROLES.runs,
            area: 'runs',
          }),
        },
      ],
    },
  ]
}

function workflowRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'workflows',
      ...protectedRoute(queryClient, () => import('@/features/workflow-runs/routes/WorkflowsRoute'), {
        commitWhenWarm: true,
        crumb: 'Workflows',
        area: 'workflows',
      }),
    },
    {
      path: 'workflows/:workflowId/runs',
      ...protectedRoute(
        queryClient,
        () => import('@/features/workflow-runs/routes/RunHistoryRoute'),
        {
          commitWhenWarm: true,
          crumb: 'Run history',
          area: 'workflows',
          parentCrumbs: () => [{ to: paths.workflows(), label: 'Workflows' }],
        },
        // The loader apart from the page's code: its data is on its way while that code loads.
        () => import('@/features/workflow-runs/routes/RunHistoryRoute.data'),
      ),
    },
    {
      path: 'workflows/:workflowId/runs/:runId',
      ...protectedRoute(queryClient, () => import('@/features/workflow-runs/routes/RunDetailRoute'), {
        crumb: (p) => p.runId ?? 'Run',
        area: 'workflows',
        parentCrumbs: (p) => [
          { to: paths.workflows(), label: 'Workflows' },
          { to: paths.workflowRuns(p.workflowId ?? ''), label: 'Run history' },
        ],
      }),
    },
    {
      path: 'workflows/:workflowId/runs/:runId/rerun',
      ...protectedRoute(queryClient, () => import('@/features/workflow-runs/routes/RerunRoute'), {
        crumb: 'Run with changes',
        area: 'workflows',
        parentCrumbs: (p) => [
          { to: paths.workflows(), label: 'Workflows' },
          { to: paths.workflowRuns(p.workflowId ?? ''), label: 'Run history' },
          { to: paths.workflowRun(p.workflowId ?? '', p.runId ?? ''), label: p.runId ?? 'Run' },
        ],
      }),
    },
    {
      path: 'workflows/:workflowId/compare',
      ...protectedRoute(queryClient, () => import('@/features/workflow-runs/routes/CompareRunsRoute'), {
        crumb: 'Compare',
        area: 'workflows',
        parentCrumbs: (p) => [
          { to: paths.workflows(), label: 'Workflows' },
          { to: paths.workflowRuns(p.workflowId ?? ''), label: 'Run history' },
        ],
      }),
    },
  ]
}
