// Which packages make up a built chunk: `node scripts/bundle-composition.mjs [chunk-substring]` builds with source maps
// into .bundle-analysis/ and prints, per chunk, the minified bytes attributed to each package (top 15). A planning
// tool for the bundle budgets; `npm run bench` is the judge.
import { execSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

const OUT = '.bundle-analysis'
execSync(`npx vite build --sourcemap --outDir ${OUT} --emptyOutDir --logLevel error`, { stdio: 'inherit' })
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const decode = (segment) => {
  const values = []
  let value = 0
  let shift = 0
  for (const char of segment) {
    const digit = B64.indexOf(char)
    value += (digit & 31) << shift
    if (digit & 32) shift += 5
    else {
      values.push(value & 1 ? -(value >> 1) : value >> 1)
      value = 0
      shift = 0
    }
  }
  return values
}
const packageOf = (source) => {
  const match = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  return match ? match[1] : source.includes('/mocks/') ? '(mocks)' : '(app)'
}
const filter = process.argv[2] ?? ''
for (const file of readdirSync(`${OUT}/assets`).filter((f) => f.endsWith('.js') && f.includes(filter))) {
  const code = readFileSync(`${OUT}/assets/${file}`, 'utf8').split('\n')
  const map = JSON.parse(readFileSync(`${OUT}/assets/${file}.map`, 'utf8'))
  const bytes = new Map()
  let sourceIndex = 0
  map.mappings.split(';').forEach((line, lineNo) => {
    let column = 0
    const segments = line ? line.split(',').map(decode) : []
    segments.forEach((segment, i) => {
      column += segment[0]
      if (segment.length > 1) sourceIndex += segment[1]
      const next = segments[i + 1] ? column + segments[i + 1][0] : (code[lineNo] ?? '').length
      const name = packageOf(map.sources[sourceIndex] ?? '')
      bytes.set(name, (bytes.get(name) ?? 0) + Math.max(0, next - column))
    })
  })
  const total = [...bytes.values()].reduce((a, b) => a + b, 0)
  if (total < 5000) continue
  console.log(`\n${file}: ${(total / 1024).toFixed(1)} kB minified`)
  for (const [name, size] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${(size / 1024).toFixed(1).padStart(7)} kB  ${name}`)
}
