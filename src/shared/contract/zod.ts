import { z } from 'zod/mini'
import { en } from 'zod/locales'

/**
 * The console's zod: the functional `zod/mini` API, a fraction of classic zod's size in every first load (issue 16,
 * item 4). Mini sets no locale of its own, so the English messages classic zod had are set here once: an
 * `INVALID_RESPONSE` still reads "total — Invalid input: expected number, received undefined".
 */
z.config(en())
/**
 * No generated parsers. Zod compiles a parser per object schema with `new Function` on its first use where eval is
 * allowed: the served console's CSP forbids it (its probe alone is a reported violation), and where it is allowed the
 * compiling costs more than the few pages of records a view parses gain from it (issue 16).
 */
z.config({ jitless: true })

export { z }
