import { z } from 'zod'
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
