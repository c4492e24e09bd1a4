// Control Tower, `large` scenario (1,000 organizations): search keystroke → list updated (budget ≤ 150 ms).
// From the unfiltered list, after a pause, types one character and measures from its keydown to the frame after the page shows the
// filtered result (the match count changes). Demo latency is off: this measures the console, not a network.
import { median, signedInPage } from './browser.mjs'

const KEYS = ['x', 'q', 'z', 'v', 'k', 'j', 'w', 'y']
const GIVE_UP_MS = 5000

export async function measureOrgSearch(browser) {
  const page = await signedInPage(browser, { scenario: 'large', user: 'Priya Raman', path: '/control-tower/organizations' })
  const search = page.getByRole('searchbox', { name: 'Search organizations' })
  const fullCount = page.getByText('1,000 organizations match')
  await fullCount.waitFor()
  await page.waitForTimeout(400)
  const samples = []
  for (const key of KEYS) {
    const pending = page.evaluate(
      ({ giveUpMs }) =>
        new Promise((resolve) => {
          const input = document.querySelector('input[type="search"]')
          const main = document.querySelector('main')
          const before = main.innerText.match(/[\d,]+ organizations? match/)?.[0]
          let started = 0
          input.addEventListener('keydown', () => (started = performance.now()), { once: true })
          const observer = new MutationObserver(() => {
            const now = main.innerText.match(/[\d,]+ organizations? match|No organization matches/)?.[0]
            if (started && now && now !== before) {
              observer.disconnect()
              requestAnimationFrame(() => resolve(performance.now() - started))
            }
          })
          observer.observe(main, { subtree: true, childList: true, characterData: true })
          setTimeout(() => (observer.disconnect(), resolve(null)), giveUpMs)
        }),
      { giveUpMs: GIVE_UP_MS },
    )
    // Protocol messages run in order: the observer is in place before the key arrives.
    await search.press(key)
    const elapsed = await pending
    if (elapsed !== null) samples.push(elapsed)
    await search.fill('')
    await fullCount.waitFor()
    // A person reads the list before typing again; without the pause the keystroke would join the previous burst.
    await page.waitForTimeout(400)
  }
  await page.close()
  if (samples.length === 0) throw new Error('org search: no keystroke changed the list')
  return {
    samplesMs: samples.map((v) => Math.round(v)),
    medianMs: Math.round(median(samples)),
    maxMs: Math.round(Math.max(...samples)),
  }
}
