// Runs a command with CPU-bound neighbours beside it, as on a CI machine shared with other work (issue 12): the suite
// must pass however slow the machine is. `BUSY_NEIGHBOURS=2 node scripts/with-neighbours.mjs vitest run` starts two
// processes that each keep a core busy; they stop when the command ends, and on their own after NEIGHBOUR_LIMIT_S
// (default 1,800 s) whatever happens. Without BUSY_NEIGHBOURS the command runs alone.
import { spawn } from 'node:child_process'

const count = Number(process.env.BUSY_NEIGHBOURS ?? 0)
const limitMs = Number(process.env.NEIGHBOUR_LIMIT_S ?? 1_800) * 1000
const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: node scripts/with-neighbours.mjs <command> [args…]')
  process.exit(2)
}

// Each neighbour spins until its deadline: pure CPU, no I/O, bounded in time.
const spin = `const end = Date.now() + ${limitMs}; let x = 0; while (Date.now() < end) x = (x * 31 + 7) % 1000003`
const neighbours = Array.from({ length: count }, () => spawn(process.execPath, ['-e', spin], { stdio: 'ignore' }))
if (count > 0) console.log(`with-neighbours: ${count} CPU-bound processes beside \`${[command, ...args].join(' ')}\``)

const started = Date.now()
const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' })
const stopNeighbours = () => neighbours.forEach((neighbour) => neighbour.kill('SIGKILL'))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stopNeighbours(), child.kill(signal)))
child.on('exit', (code, signal) => {
  stopNeighbours()
  if (count > 0) console.log(`with-neighbours: finished in ${Math.round((Date.now() - started) / 1000)} s`)
  process.exit(code ?? (signal ? 1 : 0))
})
