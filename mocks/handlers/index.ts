import type { HttpHandler } from 'msw'
import { artifactHandlers } from './artifacts'
import { authHandlers } from './auth'
import { demoHandlers } from './demo'
import { devkitHandlers } from './devkit'
import { organizationHandlers } from './organizations'
import { registryHandlers } from './registries'
import { moduleHandlers } from './modules'
import { moduleRunHandlers } from './moduleRuns'
import { workflowHandlers } from './workflows'
import { rootHandlers } from './root'

/**
 * Every endpoint of the API contract, happy path first; failures come from scenarios or `server.use` in a test. The
 * devkit API comes first and answers only in the `devkit` scenarios, in place of every other handler but the demo's.
 */
export const handlers: HttpHandler[] = [
  ...devkitHandlers,
  ...authHandlers,
  ...demoHandlers,
  ...organizationHandlers,
  ...registryHandlers,
  ...moduleHandlers,
  ...moduleRunHandlers,
  ...workflowHandlers,
  ...artifactHandlers,
  ...rootHandlers,
]
