import { launchBrowser, startPreview, signedInPage, BASE_URL } from '/work/main/scripts/bench/browser.mjs'
const stop = await startPreview()
const browser = await launchBrowser()
try {
  const page = await signedInPage(browser, { scenario: 'large', user: 'Jonas Weber', path: '/workflows' })
  await page.getByRole('link', { name: 'Immunopeptidomics discovery pipeline' }).waitFor()
  await page.evaluate(() => {
    const orig = window.fetch
    window.__log = []
    window.fetch = async (...a) => {
      const t0 = performance.now()
      const r = await orig(...a)
      window.__log.push({ u: String(a[0]).slice(0, 90), start: Math.round(t0), ms: Math.round(performance.now() - t0) })
      return r
    }
  })
  const t0 = await page.evaluate(() => performance.now())
  await page.getByRole('link', { name: 'Immunopeptidomics discovery pipeline' }).click()
  await page.getByRole('table', { name: 'Workflow runs' }).getByRole('row').nth(1).waitFor()
  const t1 = await page.evaluate(() => performance.now())
  console.log('total', Math.round(t1 - t0), 'from', Math.round(t0))
  console.log(JSON.stringify(await page.evaluate(() => window.__log)))
} finally {
  await browser.close()
  stop()
}
