import { launchBrowser, startPreview, signedInPage } from '/work/main/scripts/bench/browser.mjs'
const stop = await startPreview()
const browser = await launchBrowser()
try {
  const page = await signedInPage(browser, { scenario: 'large', user: 'Priya Raman', path: '/control-tower/organizations' })
  await page.getByText('1,000 organizations match').waitFor()
  await page.evaluate(() => {
    const orig = window.fetch
    window.__log = []
    window.fetch = async (...args) => {
      const t0 = performance.now()
      const r = await orig(...args)
      const t1 = performance.now()
      const text = await r.clone().text()
      window.__log.push({ url: String(args[0]).slice(0, 80), ms: Math.round(t1 - t0), at: Math.round(t0) })
      return r
    }
    document
      .querySelector('input[type="search"]')
      .addEventListener('keydown', () => window.__log.push({ key: Math.round(performance.now()) }))
    new MutationObserver(() => {
      const m = document.querySelector('main').innerText.match(/[\d,]+ organizations? match/)?.[0]
      if (m && m !== window.__last) {
        window.__last = m
        window.__log.push({ changed: m, at: Math.round(performance.now()) })
      }
    }).observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true })
  })
  for (const k of ['x', 'q', 'z']) {
    await page.getByRole('searchbox').press(k)
    await page.waitForTimeout(600)
    await page.getByRole('searchbox').fill('')
    await page.waitForTimeout(600)
  }
  console.log(JSON.stringify(await page.evaluate(() => window.__log), null, 0))
} finally {
  await browser.close()
  stop()
}
