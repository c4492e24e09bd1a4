import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'
const server = spawn('npx', ['vite', 'preview', '--port', '4176', '--strictPort', '--outDir', '.prof-dist'], {
  stdio: 'ignore',
  detached: true,
})
await new Promise((r) => setTimeout(r, 2500))
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.goto('http://127.0.0.1:4176/login?scenario=large&latency=0&returnTo=%2Fworkflows')
  await page.getByRole('button', { name: 'Sign in as Jonas Weber' }).click()
  const link = page.getByRole('link', { name: 'Immunopeptidomics discovery pipeline' })
  await link.waitFor()
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await link.click()
  await page.getByRole('table', { name: 'Workflow runs' }).getByRole('row').nth(1).waitFor()
  const { profile } = await cdp.send('Profiler.stop')
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map()
  const counts = new Map()
  profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  for (const [id, us] of counts) {
    const cf = byId.get(id).callFrame
    const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`
    self.set(key, (self.get(key) ?? 0) + us)
  }
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log((us / 1000).toFixed(1).padStart(8), 'ms', k)
} finally {
  await browser.close()
  process.kill(-server.pid)
}
