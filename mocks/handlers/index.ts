import type { HttpHandler } from 'msw'
import { authHandlers } from './auth'
import { demoHandlers } from './demo'
import { organizationHandlers } from './organizations'
import { registryHandlers } from './registries'
import { moduleHandlers } from './modules'
import { moduleRunHandlers } from './moduleRuns'
import { workflowHandlers } from './workflows'

/** Every endpoint of the API contract, happy path first; failures come from scenarios or `server.use` in a test. */
export const handlers: HttpHandler[] = [
  ...authHandlers,
  ...demoHandlers,
  ...organizationHandlers,
  ...registryHandlers,
  ...moduleHandlers,
  ...moduleRunHandlers,
  ...workflowHandlers,
]
