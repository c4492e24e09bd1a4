import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { server } from '../../mocks/node'
import { resetDemo } from '../../mocks/testing'
import { checkConsole, watchConsole } from './consoleGuard'

// jsdom lays nothing out, so every element measures 0×0 and virtualized tables would render no row: give elements the
// size of a laptop screen instead (TanStack Virtual reads clientWidth/clientHeight).
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 })
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 })

// A test waits for what the user would see, never for a fixed time: `findBy…` and `waitFor` give up only after 30 s,
// long enough for a machine busy with other work (issue 12); a passing test returns as soon as its outcome shows.
configure({ asyncUtilTimeout: 30_000 })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  resetDemo()
  watchConsole()
})
afterEach(() => {
  server.resetHandlers()
  cleanup()
  sessionStorage.clear()
  localStorage.clear()
  checkConsole()
})
afterAll(() => server.close())
