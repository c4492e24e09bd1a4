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
  await page.goto('http://127.0.0.1:4176/login?scenario=large&latency=0&returnTo=%2Fcontrol-tower%2Forganizations')
  await page.getByRole('button', { name: 'Sign in as Priya Raman' }).click()
  await page.getByText('1,000 organizations match').waitFor()
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  for (const k of ['x', 'q', 'z', 'v']) {
    await page.getByRole('searchbox').press(k)
    await page.waitForTimeout(400)
    await page.getByRole('searchbox').fill('')
    await page.waitForTimeout(400)
  }
  const { profile } = await cdp.send('Profiler.stop')
  const self = new Map()
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const dt = profile.timeDeltas
  const counts = new Map()
  profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)))
  for (const [id, us] of counts) {
    const n = byId.get(id)
    const cf = n.callFrame
    const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`
    self.set(key, (self.get(key) ?? 0) + us)
  }
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 35))
    console.log((us / 1000).toFixed(1).padStart(8), 'ms', k)
} finally {
  await browser.close()
  process.kill(-server.pid)
}
