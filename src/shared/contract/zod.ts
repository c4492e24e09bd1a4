import { z } from 'zod/mini'
import { en } from 'zod/locales'

/**
 * The console's zod: the functional `zod/mini` API, a fraction of classic zod's size in every first load (issue 16,
 * item 4). Mini sets no locale of its own, so the English messages classic zod had are set here once: an
 * `INVALID_RESPONSE` still reads "total — Invalid input: expected number, received undefined".
 */
z.config(en())

export { z }
