import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'

/** Demo mode starts the demo backend before the first render, so even the first request is answered by it. */
async function enableDemoBackend(): Promise<void> {
  // Spelled out (not `isDemoMode`) so that a real-mode build replaces it with `false` and drops the demo chunk.
  if (import.meta.env.VITE_API_MOCKING === 'off') return
  const { worker } = await import('../mocks/browser')
  await worker.start({
    // MSW's worker behind a rule that keeps the page's own files off the main thread (public/demoServiceWorker.js).
    serviceWorker: { url: `${import.meta.env.BASE_URL}demoServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: import.meta.env.PROD,
  })
}

void enableDemoBackend().then(() => {
  createRoot(document.getElementById('console-root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
})
