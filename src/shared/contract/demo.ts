import { z } from './zod'
import { Role } from './primitives'

/**
 * Demo-only endpoint `GET ${API_BASE}/__demo/users` (not part of the platform API): the sign-in page's user picker.
 * Exists only while the demo backend runs; a real-mode build never calls it.
 */
export const DemoUserList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      persona: z.string(),
      roles: z.array(Role),
      organizations: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
})
export type DemoUserList = z.infer<typeof DemoUserList>
export const demoPaths = { users: () => '/__demo/users', reset: () => '/__demo/reset' } as const

/**
 * `GET ${API_BASE}/` of the demo backend (its platform scenarios): it names itself, so the console's probe for a devkit
 * API (issue 13) learns at once that this is not one, without a 4xx a browser would log.
 */
export const DemoServiceInfo = z.object({ service: z.literal('hla-compass-console-demo') })
