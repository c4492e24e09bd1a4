import { ThemeProvider } from '@mui/material/styles'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import { flushSync } from 'react-dom'
import { createBrowserRouter, RouterProvider, type createMemoryRouter } from 'react-router'
import { useReauthRequired } from '@/shared/stores/sessionStore'
import { createQueryClient } from './queryClient'
import { createRoutes } from './routes'
import { commitWarmNavigations } from './routing/commitWarmNavigations'
import { restoreSessionAhead } from './routing/requireSession'
import { COLOR_MODE_STORAGE_KEY, theme } from './theme/theme'
// The theme's CSS variables (light and dark) as a static sheet, generated from the theme by its test: MUI would
// otherwise build them on every page load, ~10 ms of a 2-core machine's main thread in the first render (decision 014).
import './theme/themeVariables.css'
import './theme/baseline.css'

// Loaded only when a session ends: the sign-in form stays out of every route's first load.
const ReauthDialog = lazy(() => import('./auth/ReauthDialog').then((m) => ({ default: m.ReauthDialog })))

function ReauthWhenNeeded() {
  const required = useReauthRequired()
  return required ? (
    <Suspense fallback={null}>
      <ReauthDialog />
    </Suspense>
  ) : null
}

/** React DOM's flushSync for the router's synchronous commits (commitWarmNavigations). */
const flushRouterUpdate = (update: () => unknown) => void flushSync(update)

type Router = ReturnType<typeof createBrowserRouter> | ReturnType<typeof createMemoryRouter>

/** Providers around a router: query cache, theme, and the re-sign-in dialog. Tests use it with a memory router. */
export function AppProviders({ queryClient, router }: { queryClient: QueryClient; router: Router }) {
  return (
    <QueryClientProvider client={queryClient}>
      {/* A theme switch is instant: without disableTransitionOnChange every button and chip blends for 250 ms. */}
      <ThemeProvider
        theme={theme}
        defaultMode="system"
        modeStorageKey={COLOR_MODE_STORAGE_KEY}
        disableTransitionOnChange
        disableStyleSheetGeneration
      >
        <RouterProvider router={router} flushSync={flushRouterUpdate} />
        {/* Outside the router: a loader waiting for re-sign-in must still be able to show it. */}
        <ReauthWhenNeeded />
      </ThemeProvider>
    </QueryClientProvider>
  )
}

/** The console: one query client and the browser's data router. */
export function App() {
  const [{ queryClient, router }] = useState(() => {
    const client = createQueryClient()
    restoreSessionAhead(client)
    const browserRouter = commitWarmNavigations(createBrowserRouter(createRoutes(client)))
    // Demo builds only (a real-mode build folds this away): the fault suite visits hundreds of pages under broken
    // answers, moving between them in the app and forgetting cached answers as a reload would (all but `me`, which
    // the mounted shell holds; the suite reloads to break that one), in a tenth of the time.
    if (import.meta.env.VITE_API_MOCKING !== 'off') {
      const forgetAnswers = () => client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' })
      Object.assign(window, { __hlaCompassConsole: { navigate: (to: string) => browserRouter.navigate(to), forgetAnswers } })
    }
    return { queryClient: client, router: browserRouter }
  })
  return <AppProviders queryClient={queryClient} router={router} />
}
