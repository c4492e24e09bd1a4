/* The demo backend's service worker (demo mode only; a real-mode build does not ship it).
 *
 * It is MSW's worker (`mockServiceWorker.js`, written by `msw init`, kept as it is) behind one rule: the files of the
 * page itself never go to the demo backend. MSW's worker hands every request of the page to the page's main thread,
 * which matches it against every handler and answers "pass through" for a script, a style sheet or a font. So each
 * chunk the console imports waited for the main thread, busy with the very work that imported it: on a comparison
 * of 10 runs, its chunks took 100–180 ms to arrive (30–50 ms without). The console calls its API with `fetch()`,
 * whose requests have no destination; a request with one (script, style, font, image, document) is a file the
 * browser loads for the page, and it goes to the network (and its cache) as if no worker were there.
 */
self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.destination !== '' && new URL(request.url).origin === self.location.origin) {
    // No respondWith: the browser fetches it itself. MSW's listener, registered after this one, never sees it.
    event.stopImmediatePropagation()
  }
})

importScripts('./mockServiceWorker.js')
