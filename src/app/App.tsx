import { CssBaseline } from '@mui/material'
import { ThemeProvider } from '@mui/material/styles'
import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { createQueryClient } from './queryClient'
import { createRoutes } from './routes'
import { COLOR_MODE_STORAGE_KEY, theme } from './theme/theme'

/** Providers and the data router. */
export function App() {
  const [{ queryClient, router }] = useState(() => {
    const client = createQueryClient()
    return { queryClient: client, router: createBrowserRouter(createRoutes(client)) }
  })
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme} defaultMode="system" modeStorageKey={COLOR_MODE_STORAGE_KEY}>
        <CssBaseline enableColorScheme />
        <RouterProvider router={router} />
      </ThemeProvider>
    </QueryClientProvider>
  )
}
