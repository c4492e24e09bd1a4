// Control Tower, `large` scenario (1,000 organizations): search keystroke → list updated (budget ≤ 150 ms).
// For each query, types its last character and measures from the keydown to the moment the table shows the new result.
import { median, signedInPage } from './browser.mjs'

const QUERIES = ['bio', 'gen', 'lab', 'ther', 'org-07', 'immu']

export async function measureOrgSearch(browser) {
  const page = await signedInPage(browser, { scenario: 'large', user: 'Priya Raman', path: '/control-tower/organizations' })
  const search = page.getByRole('searchbox', { name: 'Search organizations' })
  await page.getByRole('table', { name: 'Organizations' }).waitFor()
  const samples = []
  for (const query of QUERIES) {
    await search.fill(query.slice(0, -1))
    await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q || q === '', query.slice(0, -1))
    await page.waitForTimeout(300)
    const before = await page.getByRole('table', { name: 'Organizations' }).innerText()
    const pending = page.evaluate(
      ({ previous }) =>
        new Promise((resolve) => {
          const input = document.querySelector('input[type="search"]')
          let started = 0
          input.addEventListener('keydown', () => (started = performance.now()), { once: true })
          const observer = new MutationObserver(() => {
            const table = document.querySelector('table[aria-label="Organizations"]')
            const text = table?.innerText ?? document.querySelector('main')?.innerText
            if (started && text !== previous) {
              observer.disconnect()
              requestAnimationFrame(() => resolve(performance.now() - started))
            }
          })
          observer.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true })
        }),
      { previous: before },
    )
    // Protocol messages run in order: the observer is in place before the key arrives.
    await search.press(query.slice(-1))
    samples.push(await pending)
  }
  await page.close()
  return { samplesMs: samples.map((v) => Math.round(v)), medianMs: Math.round(median(samples)), maxMs: Math.round(Math.max(...samples)) }
}
