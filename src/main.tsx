import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { isDemoMode } from './shared/lib/env'

/** Demo mode starts the demo backend before the first render, so even the first request is answered by it. */
async function enableDemoBackend(): Promise<void> {
  if (!isDemoMode) return
  const { worker } = await import('../mocks/browser')
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: import.meta.env.PROD,
  })
}

void enableDemoBackend().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
})
