/**
 * Zero console errors (issue 12, item 6): React's development build reports what the production build stays silent
 * about (a `<div>` inside a `<p>`, a missing key, an update on an unmounted component), so every unit test fails on a
 * `console.error` or `console.warn` it did not announce with `expectConsoleError()`.
 */
const problems: string[] = []

/**
 * React's "not wrapped in act(...)" reports a test that ended while data was still arriving: when it shows depends on
 * how fast the machine is, so it would fail tests at random on a busy one (issue 12, item 3). It says nothing about
 * the console itself; every other development warning does, and fails the test.
 */
const TIMING_ONLY = /not wrapped in act\(/
let expected: RegExp[] = []

/** Announces a console message the test provokes on purpose (an error boundary catching, say). */
export function expectConsoleError(...patterns: RegExp[]): void {
  expected.push(...patterns)
}

const show = (value: unknown) => (value instanceof Error ? (value.stack ?? value.message) : String(value))

/** printf-style like the console (React logs `'%s … %s', a, b`), then whatever arguments are left. */
function format(...args: unknown[]): string {
  const [first, ...rest] = args
  if (typeof first !== 'string') return args.map(show).join(' ')
  const text = first.replace(/%[sdifoOc]/g, () => (rest.length ? show(rest.shift()) : ''))
  return [text, ...rest.map(show)].join(' ')
}

const originals = { error: console.error, warn: console.warn }

export function watchConsole(): void {
  problems.length = 0
  expected = []
  console.error = (...args: unknown[]) => void problems.push(`console.error: ${format(...args)}`)
  console.warn = (...args: unknown[]) => void problems.push(`console.warn: ${format(...args)}`)
}

/** Restores the console and throws on anything the test did not announce. */
export function checkConsole(): void {
  console.error = originals.error
  console.warn = originals.warn
  const unexpected = problems.filter(
    (problem) => !TIMING_ONLY.test(problem) && !expected.some((pattern) => pattern.test(problem)),
  )
  problems.length = 0
  if (unexpected.length > 0)
    throw new Error(
      `Unexpected console output (announce it with expectConsoleError):\n${unexpected.map((p) => p.slice(0, 1500)).join('\n---\n')}`,
    )
}
