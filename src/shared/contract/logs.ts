import { z } from './zod'
import { openEnum, Timestamp } from './primitives'

export const LogEvent = z.object({
  timestamp: Timestamp,
  message: z.string(),
  level: z.optional(openEnum(['debug', 'info', 'warn', 'error'])),
})
export type LogEvent = z.infer<typeof LogEvent>

/** Run and step logs, `nextToken` paging; `null` = finished and fully read (api-contract §6). */
export const LogPage = z.object({
  events: z.array(LogEvent),
  nextToken: z.nullable(z.string()),
})
export type LogPage = z.infer<typeof LogPage>
