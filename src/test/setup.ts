import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { server } from '../../mocks/node'
import { resetDemo } from '../../mocks/testing'

// jsdom lays nothing out, so every element measures 0×0 and virtualized tables would render no row: give elements the
// size of a laptop screen instead (TanStack Virtual reads clientWidth/clientHeight).
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 })
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => resetDemo())
afterEach(() => {
  server.resetHandlers()
  cleanup()
  sessionStorage.clear()
  localStorage.clear()
})
afterAll(() => server.close())
