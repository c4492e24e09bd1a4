import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { server } from '../../mocks/node'
import { resetDemo } from '../../mocks/testing'

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => resetDemo())
afterEach(() => {
  server.resetHandlers()
  cleanup()
  sessionStorage.clear()
  localStorage.clear()
})
afterAll(() => server.close())
